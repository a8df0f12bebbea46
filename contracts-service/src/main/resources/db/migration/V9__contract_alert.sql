-- Alerts raised for a contract's coming extension decision or end: one per date and threshold (180, 90, 30 days).
create table contract_alert (
    contract_id     uuid        not null references contract (id),
    kind            varchar(30) not null,
    due_on          date        not null,
    threshold_days  integer     not null,
    published       boolean     not null,
    raised_at       timestamptz not null,
    primary key (contract_id, kind, due_on, threshold_days)
);
