-- Which checks each council makes mandatory.
create table due_diligence_policy (
    council_code  varchar(9)   primary key references council (code),
    updated_by    varchar(255),
    updated_at    timestamptz,
    version       bigint       not null default 0
);
create table due_diligence_policy_check (
    council_code  varchar(9)  not null references due_diligence_policy (council_code),
    check_type    varchar(40) not null,
    primary key (council_code, check_type)
);

-- Every check ever recorded; a renewal is a new row.
create table due_diligence_check (
    id                  uuid         primary key,
    agency_id           uuid         not null references agency (id),
    council_code        varchar(9)   not null references council (code),
    type                varchar(40)  not null,
    outcome             varchar(10)  not null,
    score               integer,
    evidence_reference  varchar(200) not null,
    checked_by          varchar(255) not null,
    checked_on          date         not null,
    expires_on          date         not null,
    recorded_at         timestamptz  not null,
    constraint check_expires_after_checked check (expires_on > checked_on)
);
create index due_diligence_check_agency_council on due_diligence_check (agency_id, council_code, checked_on desc);
create index due_diligence_check_council on due_diligence_check (council_code);

-- Current accreditation of an agency by a council, and its history.
create table accreditation (
    id            uuid        primary key,
    agency_id     uuid        not null references agency (id),
    council_code  varchar(9)  not null references council (code),
    status        varchar(20) not null,
    status_since  date        not null,
    valid_until   date,
    unique (agency_id, council_code)
);
create index accreditation_expiry on accreditation (valid_until) where status = 'ACCREDITED';

create table accreditation_change (
    id            uuid         primary key,
    agency_id     uuid         not null references agency (id),
    council_code  varchar(9)   not null references council (code),
    status        varchar(20)  not null,
    changed_on    date         not null,
    valid_until   date,
    reason        varchar(40),
    check_types   varchar(400),
    recorded_at   timestamptz  not null
);
create index accreditation_change_agency on accreditation_change (agency_id, council_code, recorded_at);
