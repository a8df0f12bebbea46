-- What the family's allocated workers are told (today: a probation risk flag raised, changed or ended).
-- One row per worker; the worker reads their own list.
create table worker_notification (
    id               uuid          primary key,
    practitioner_id  uuid          not null,
    council_code     varchar(9)    not null,
    family_id        uuid          not null references family (id),
    adult_id         uuid          not null references adult (id),
    kind             varchar(40)   not null,
    flag_id          uuid          references probation_risk_flag (id),
    flag             varchar(40),
    created_at       timestamptz   not null
);
create index worker_notification_practitioner on worker_notification (practitioner_id, created_at desc);
