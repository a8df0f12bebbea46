-- Family Safeguarding teams of a council, their caseload limits and membership over time.
create table team (
    id           uuid         primary key,
    council_code varchar(9)   not null references council (code),
    name         varchar(200) not null,
    manager_id   uuid         not null references practitioner (id),
    formed_on    date         not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);
create index team_council_name on team (council_code, lower(name));

create table team_caseload_limit (
    team_id    uuid        not null references team (id),
    role       varchar(60) not null,
    max_cases  integer     not null check (max_cases between 1 and 100),
    primary key (team_id, role)
);

create table team_membership (
    id               uuid          primary key,
    team_id          uuid          not null references team (id),
    practitioner_id  uuid          not null references practitioner (id),
    agency_id        uuid          not null references agency (id),
    role             varchar(60)   not null,
    fte              numeric(3, 2) not null,
    from_date        date          not null,
    to_date          date,
    constraint membership_dates check (to_date is null or to_date >= from_date)
);
create index team_membership_team on team_membership (team_id, from_date);
create index team_membership_practitioner on team_membership (practitioner_id);
