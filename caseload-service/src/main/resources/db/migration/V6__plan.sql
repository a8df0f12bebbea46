-- Plans and episodes of children: child in need, child protection, pre-proceedings, looked after.
create table child_plan (
    id                uuid         primary key,
    child_id          uuid         not null references child (id),
    family_id         uuid         not null references family (id),
    council_code      varchar(9)   not null,
    kind              varchar(20)  not null,
    start_date        date         not null,
    end_date          date,
    closure_reason    varchar(3),
    initial_category  varchar(3),
    latest_category   varchar(3),
    second_or_later   boolean      not null,
    legal_status      varchar(2),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    constraint plan_ends_after_start check (end_date is null or end_date >= start_date)
);
create index plan_child_kind on child_plan (child_id, kind, start_date);
-- counts of children on plans at a date, per council and kind
create index plan_council_kind_dates on child_plan (council_code, kind, start_date, end_date);
