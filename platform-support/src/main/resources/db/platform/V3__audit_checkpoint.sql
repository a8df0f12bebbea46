-- The head of the audit chain at each intact verification (platform-support AuditTrail#verification),
-- so entries removed from the end of the log are found by the next verification.
create table audit_checkpoint (
    id          bigint generated always as identity primary key,
    verified_at timestamptz not null,
    seq         bigint      not null,
    hash        varchar(64) not null
);

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_entry_is_append_only();
