-- Group supervision sessions of Family Safeguarding teams. team_id is partners-service's team id
-- (kept in the read model `team`, which must know it in the caller's council); no foreign key to a
-- read model that events fill and may rebuild.
create table group_supervision (
    id            uuid          primary key,
    council_code  varchar(9)    not null,
    team_id       uuid          not null,
    session_date  date          not null,
    recorded_by   varchar(255)  not null,
    agreed_by     varchar(255),
    agreed_at     timestamptz,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);
create index group_supervision_council_team_date on group_supervision (council_code, team_id, session_date desc, id);
create index group_supervision_council_date on group_supervision (council_code, session_date desc, id);

create table group_supervision_attendee (
    session_id       uuid         not null references group_supervision (id),
    practitioner_id  uuid         not null,
    discipline       varchar(30)  not null,
    primary key (session_id, practitioner_id)
);

create table group_supervision_family (
    session_id   uuid           not null references group_supervision (id),
    family_id    uuid           not null references family (id),
    risk_rating  varchar(10)    not null,
    decision     varchar(2000)  not null,
    primary key (session_id, family_id)
);
create index group_supervision_family_family on group_supervision_family (family_id);

create table group_supervision_action (
    id                 uuid           primary key,
    session_id         uuid           not null references group_supervision (id),
    council_code       varchar(9)     not null,
    team_id            uuid           not null,
    family_id          uuid           not null references family (id),
    description        varchar(1000)  not null,
    owner_id           uuid           not null,
    due_date           date           not null,
    status             varchar(10)    not null,
    status_changed_by  varchar(255),
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null
);
create index group_supervision_action_session on group_supervision_action (session_id);
-- the overdue view: open actions by council and due date
create index group_supervision_action_overdue on group_supervision_action (council_code, due_date, id) where status = 'OPEN';
-- a practitioner's own open actions
create index group_supervision_action_owner on group_supervision_action (owner_id, due_date, id) where status = 'OPEN';
