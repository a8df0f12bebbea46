-- Referrals of children, coded as the CIN census codes them.
create table referral (
    id             uuid         primary key,
    child_id       uuid         not null references child (id),
    family_id      uuid         not null references family (id),
    council_code   varchar(9)   not null,
    referral_date  date         not null,
    source         varchar(3)   not null,
    primary_need   varchar(2)   not null,
    outcome        varchar(20),
    re_referral    boolean      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    constraint referral_once_a_day unique (child_id, referral_date)
);
-- the re-referral rate and other council figures count by date
create index referral_council_date on referral (council_code, referral_date);
