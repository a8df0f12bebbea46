-- Probation risk registrations (HMPPS domain events on hmpps.domain-events) kept per adult, matched by CRN.
-- A flag is closed (deregistered) or removed (registration deleted in Delius), never deleted here; every
-- change is kept in probation_risk_flag_change. Codes and dates only: no free text from probation.
create index adult_crn on adult (crn) where crn is not null;

create table probation_risk_flag (
    id                  uuid          primary key,
    adult_id            uuid          not null references adult (id),
    family_id           uuid          not null references family (id),
    council_code        varchar(9)    not null,
    crn                 varchar(7)    not null,
    registration_id     varchar(40),
    register_code       varchar(20)   not null,
    flag                varchar(40)   not null,
    category_code       varchar(20),
    level_code          varchar(20),
    registered_on       date,
    status              varchar(10)   not null,
    ended_on            date,
    raised_at           timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null
);
create index probation_risk_flag_adult on probation_risk_flag (adult_id, registered_on desc);
create unique index probation_risk_flag_registration on probation_risk_flag (adult_id, registration_id)
    where registration_id is not null;

create table probation_risk_flag_change (
    id             uuid          primary key,
    flag_id        uuid          not null references probation_risk_flag (id),
    change         varchar(20)   not null,
    event_type     varchar(100)  not null,
    occurred_at    timestamptz   not null,
    recorded_at    timestamptz   not null
);
create index probation_risk_flag_change_flag on probation_risk_flag_change (flag_id, occurred_at);

-- Community manager allocated, engagement created: what probation did with the person, as codes and dates.
create table probation_activity (
    id             uuid          primary key,
    adult_id       uuid          not null references adult (id),
    council_code   varchar(9)    not null,
    crn            varchar(7)    not null,
    kind           varchar(40)   not null,
    reference      varchar(60),
    occurred_at    timestamptz   not null,
    recorded_at    timestamptz   not null
);
create index probation_activity_adult on probation_activity (adult_id, occurred_at desc);

-- An event for a CRN no adult holds yet: kept for review, applied when an adult is recorded with that CRN.
create table unmatched_probation_event (
    id             uuid          primary key,
    event_key      varchar(200)  not null unique,
    crn            varchar(7)    not null,
    event_type     varchar(100)  not null,
    occurred_at    timestamptz   not null,
    register_code  varchar(20),
    payload        text          not null,
    received_at    timestamptz   not null,
    matched_at     timestamptz
);
create index unmatched_probation_event_crn on unmatched_probation_event (crn) where matched_at is null;
create index unmatched_probation_event_received on unmatched_probation_event (received_at desc);
