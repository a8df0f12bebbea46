-- Read models of partners-service's workforce: practitioners, Family Safeguarding teams and who
-- is in which team. No names: ids, roles, dates and the login that ties a token to a practitioner.
alter table partner_agency add column as_of timestamptz;

create table practitioner (
    id          uuid          primary key,
    agency_id   uuid          not null,
    role        varchar(60)   not null,
    fte         numeric(4, 2),
    start_date  date          not null,
    end_date    date,
    login       varchar(100),
    as_of       timestamptz,
    updated_at  timestamptz   not null
);
create index practitioner_login on practitioner (login) where login is not null;
create index practitioner_agency on practitioner (agency_id);

create table team (
    id                        uuid        primary key,
    council_code              varchar(9)  not null,
    manager_practitioner_id   uuid,
    formed_on                 date        not null,
    updated_at                timestamptz not null
);
create index team_council on team (council_code);
create index team_manager on team (manager_practitioner_id);

-- The protected caseload of each role in the team (open allocations at 1.0 FTE).
create table team_caseload_limit (
    team_id  uuid         not null references team (id),
    role     varchar(60)  not null,
    cases    integer      not null,
    primary key (team_id, role)
);

create table team_membership (
    team_id          uuid         not null,
    practitioner_id  uuid         not null,
    council_code     varchar(9)   not null,
    joined_on        date,
    left_on          date,
    updated_at       timestamptz  not null,
    primary key (team_id, practitioner_id)
);
create index team_membership_practitioner on team_membership (practitioner_id);
