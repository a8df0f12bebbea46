-- TRUNCATE is not a row delete: the row triggers let it through, and it would empty the log, checkpoints and all, at
-- once (found only if a copy of the last verified head survives elsewhere). It is refused like any other change.
create function audit_is_not_truncated() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: it cannot be truncated', tg_table_name;
end
$$;

create trigger audit_entry_not_truncated before truncate on audit_entry
    for each statement execute function audit_is_not_truncated();
create trigger audit_checkpoint_not_truncated before truncate on audit_checkpoint
    for each statement execute function audit_is_not_truncated();
