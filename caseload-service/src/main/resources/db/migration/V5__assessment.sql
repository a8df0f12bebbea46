-- Child and family assessments and the factors they identified (CIN assessment-factor codes).
create table assessment (
    id                  uuid         primary key,
    child_id            uuid         not null references child (id),
    referral_id         uuid         references referral (id),
    council_code        varchar(9)   not null,
    start_date          date         not null,
    authorisation_date  date,
    working_days        integer,
    within_timescale    boolean,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    constraint assessment_authorised_after_start check (authorisation_date is null or authorisation_date >= start_date)
);
create index assessment_child on assessment (child_id, start_date);
create index assessment_council_authorised on assessment (council_code, authorisation_date);

create table assessment_factor (
    assessment_id  uuid        not null references assessment (id),
    code           varchar(3)  not null,
    primary key (assessment_id, code)
);
