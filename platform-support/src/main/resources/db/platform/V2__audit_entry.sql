-- Tamper-evident audit log (platform-support AuditTrail): every read or change of a person's
-- record and every denied attempt. Each entry carries the hash of the one before it.
create table audit_entry (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    username       varchar(255) not null,
    roles          varchar(500) not null,
    organisation   varchar(100) not null,
    record_type    varchar(100) not null,
    record_id      varchar(100) not null,
    child_id       varchar(100),
    action         varchar(20)  not null,
    outcome        varchar(10)  not null,
    request_id     varchar(100) not null,
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_child on audit_entry (child_id, seq) where child_id is not null;
create index audit_entry_record on audit_entry (record_type, record_id, seq);

-- Append-only: no update or delete, whoever asks.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
