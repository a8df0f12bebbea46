-- Read model of partner agencies' practitioners (no names), kept from partners-service's events.
create table practitioner (
    id          uuid          primary key,
    agency_id   uuid          not null,
    role        varchar(60)   not null,
    fte         numeric(4, 2) not null,
    start_date  date          not null,
    end_date    date,
    updated_at  timestamptz   not null
);
create index practitioner_agency on practitioner (agency_id, role);

-- Read model of Family Safeguarding teams: which council each belongs to.
create table team (
    id            uuid        primary key,
    council_code  varchar(9)  not null,
    formed_on     date        not null,
    updated_at    timestamptz not null
);

-- Who was in which team, from when to when (both days included).
create table team_membership (
    id               uuid        primary key,
    practitioner_id  uuid        not null,
    team_id          uuid        not null,
    council_code     varchar(9)  not null,
    from_date        date        not null,
    to_date          date,
    updated_at       timestamptz not null,
    unique (practitioner_id, team_id, from_date)
);
create index team_membership_council on team_membership (council_code, practitioner_id);

-- The staff a contract requires the provider to supply: FTE by practitioner role.
create table staffing_specification (
    contract_id   uuid        primary key references contract (id),
    council_code  varchar(9)  not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0
);
create table staffing_requirement (
    contract_id  uuid          not null references staffing_specification (contract_id),
    role         varchar(60)   not null,
    fte          numeric(6, 2) not null check (fte > 0),
    primary key (contract_id, role)
);
