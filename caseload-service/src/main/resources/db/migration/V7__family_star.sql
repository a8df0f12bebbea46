-- Family Star Plus readings of parents: outcome-area codes and 1-10 scores only (the scale's
-- wording is licensed and not stored).
create table family_star_reading (
    id            uuid         primary key,
    adult_id      uuid         not null references adult (id),
    council_code  varchar(9)   not null,
    stage         varchar(10)  not null,
    reading_date  date         not null,
    created_at    timestamptz  not null
);
create index family_star_reading_adult on family_star_reading (adult_id, reading_date);
-- cohorts by council and start date
create index family_star_reading_council_stage on family_star_reading (council_code, stage, reading_date);
-- one start and one closure per parent, whatever the timing of requests
create unique index family_star_one_start on family_star_reading (adult_id) where stage = 'START';
create unique index family_star_one_closure on family_star_reading (adult_id) where stage = 'CLOSURE';

create table family_star_score (
    reading_id  uuid         not null references family_star_reading (id),
    area        varchar(30)  not null,
    score       integer      not null check (score between 1 and 10),
    primary key (reading_id, area)
);
