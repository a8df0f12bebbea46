-- Allocations: a family to a Family Safeguarding team and its lead social worker, and an adult to
-- an adult-facing practitioner for one specialism. Ended allocations stay as history.
create table allocation (
    id                uuid          primary key,
    council_code      varchar(9)    not null,
    family_id         uuid          not null references family (id),
    adult_id          uuid          references adult (id),
    specialism        varchar(40)   not null,
    team_id           uuid          not null,
    practitioner_id   uuid          not null,
    agency_id         uuid          not null,
    from_date         date          not null,
    to_date           date,
    end_reason        varchar(500),
    replaced_by       uuid,
    allocated_by      varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint allocation_adult_has_specialism check ((adult_id is null) = (specialism = 'LEAD_SOCIAL_WORK'))
);
create index allocation_family on allocation (family_id, from_date);
create index allocation_adult on allocation (adult_id, from_date) where adult_id is not null;
create index allocation_practitioner_open on allocation (practitioner_id) where to_date is null;
create index allocation_team_open on allocation (team_id) where to_date is null;
-- one open family allocation per family, one open allocation per adult and specialism
create unique index allocation_one_open_lead on allocation (family_id) where to_date is null and adult_id is null;
create unique index allocation_one_open_per_specialism on allocation (adult_id, specialism)
    where to_date is null and adult_id is not null;
