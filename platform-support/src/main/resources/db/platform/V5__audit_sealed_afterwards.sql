-- Audit entries are appended without waiting for one another (id in append order, no place in the chain yet)
-- and sealed into the hash chain afterwards, in order and in batches, by one sequencer at a time
-- (platform-support AuditTrail.seal). Existing entries keep their place: id = seq.
alter table audit_entry disable trigger audit_entry_append_only;

alter table audit_entry add column id bigint;
update audit_entry set id = seq;
alter table audit_entry alter column id set not null;
alter table audit_entry drop constraint audit_entry_pkey;
alter table audit_entry add constraint audit_entry_pkey primary key (id);
alter table audit_entry alter column seq drop not null;
alter table audit_entry add constraint audit_entry_seq_unique unique (seq);
alter table audit_entry alter column previous_hash drop not null;
alter table audit_entry alter column hash drop not null;
create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);
alter table audit_entry alter column id set default nextval('audit_entry_id_seq');

create index audit_entry_unsealed on audit_entry (id) where seq is null;
create index audit_entry_child_appended on audit_entry (child_id, id) where child_id is not null;
drop index audit_entry_child;

-- Append-only, except the sequencer's one change to an unsealed entry: its place and hashes, nothing else.
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.hash is null
            and new.seq is not null and new.previous_hash is not null and new.hash is not null
            and (new.id, new.occurred_at, new.username, new.roles, new.organisation, new.record_type,
                 new.record_id, new.child_id, new.action, new.outcome, new.request_id)
                is not distinct from
                (old.id, old.occurred_at, old.username, old.roles, old.organisation, old.record_type,
                 old.record_id, old.child_id, old.action, old.outcome, old.request_id) then
        return new;
    end if;
    raise exception 'audit_entry is append-only';
end
$$;

alter table audit_entry enable trigger audit_entry_append_only;
