-- Families and the people in them. Every row carries its council (the tenant), and every list or
-- search starts from it, so each index leads with council_code.
create table family (
    id            uuid         primary key,
    council_code  varchar(9)   not null,
    name          varchar(200) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
create index family_council_name on family (council_code, lower(name) text_pattern_ops, id);

create table child (
    id                      uuid         primary key,
    family_id               uuid         not null references family (id),
    council_code            varchar(9)   not null,
    given_name              varchar(100) not null,
    family_name             varchar(100) not null,
    date_of_birth           date,
    expected_date_of_birth  date,
    sex                     varchar(1)   not null,
    ethnicity               varchar(4)   not null,
    upn                     varchar(13),
    nhs_number              varchar(10),
    council_child_id        varchar(10)  not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null,
    constraint child_born_or_expected check ((date_of_birth is null) <> (expected_date_of_birth is null))
);
create index child_family on child (family_id);
create index child_council_surname on child (council_code, lower(family_name) text_pattern_ops, lower(given_name));
create index child_council_child_id on child (council_code, council_child_id);
create index child_council_nhs on child (council_code, nhs_number) where nhs_number is not null;
create index child_council_upn on child (council_code, upn) where upn is not null;

create table child_disability (
    child_id  uuid        not null references child (id),
    code      varchar(4)  not null,
    primary key (child_id, code)
);

create table adult (
    id             uuid         primary key,
    family_id      uuid         not null references family (id),
    council_code   varchar(9)   not null,
    given_name     varchar(100) not null,
    family_name    varchar(100) not null,
    date_of_birth  date,
    nhs_number     varchar(10),
    crn            varchar(7),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null
);
create index adult_family on adult (family_id);
create index adult_council_surname on adult (council_code, lower(family_name) text_pattern_ops, lower(given_name));
create index adult_council_nhs on adult (council_code, nhs_number) where nhs_number is not null;
create index adult_council_crn on adult (council_code, crn) where crn is not null;

create table adult_child_relationship (
    adult_id      uuid         not null references adult (id),
    child_id      uuid         not null references child (id),
    relationship  varchar(30)  not null,
    primary key (adult_id, child_id)
);
create index adult_child_relationship_child on adult_child_relationship (child_id);
