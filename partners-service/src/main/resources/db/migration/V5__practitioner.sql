-- The workforce of the partnership's agencies.
create table practitioner (
    id                    uuid          primary key,
    agency_id             uuid          not null references agency (id),
    given_name            varchar(100)  not null,
    family_name           varchar(100)  not null,
    role                  varchar(60)   not null,
    fte                   numeric(3, 2) not null check (fte >= 0.10 and fte <= 1.00),
    registration_body     varchar(30),
    registration_number   varchar(20),
    mi_trained_on         date,
    start_date            date          not null,
    end_date              date,
    login                 varchar(60)   not null unique,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint practitioner_dates check (end_date is null or end_date >= start_date)
);
create index practitioner_agency_name on practitioner (agency_id, lower(family_name), given_name);
