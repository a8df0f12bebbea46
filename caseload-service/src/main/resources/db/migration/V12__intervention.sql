-- Interventions with an adult, recorded by the practitioner allocated to them. Notes are
-- confidential to the recording agency unless shared.
create table intervention (
    id                uuid          primary key,
    council_code      varchar(9)    not null,
    family_id         uuid          not null references family (id),
    adult_id          uuid          not null references adult (id),
    allocation_id     uuid          not null references allocation (id),
    practitioner_id   uuid          not null,
    agency_id         uuid          not null,
    type              varchar(40)   not null,
    occurred_on       date          not null,
    duration_minutes  integer       not null,
    test_result       varchar(20),
    notes             text,
    notes_shared      boolean       not null,
    recorded_at       timestamptz   not null,
    voided_at         timestamptz,
    void_reason       varchar(500),
    updated_at        timestamptz   not null,
    version           bigint        not null
);
create index intervention_adult on intervention (adult_id, occurred_on desc);
