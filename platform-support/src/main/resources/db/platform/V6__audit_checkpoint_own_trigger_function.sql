-- audit_checkpoint's append-only trigger shared audit_entry's function; V5 rewrote that function to let the sealer
-- seal an entry, reading audit_entry's columns, so a change to a checkpoint has since been refused only by an error
-- about a column the checkpoint does not have. The checkpoint gets a function of its own that refuses plainly.
create function audit_checkpoint_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_checkpoint is append-only';
end
$$;

drop trigger audit_checkpoint_append_only on audit_checkpoint;
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_is_append_only();
