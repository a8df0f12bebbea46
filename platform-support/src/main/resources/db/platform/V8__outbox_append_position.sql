-- The relay sends in the order the database numbered the appends, not by occurred_at: that is the clock of whichever
-- instance appended, and two instances whose clocks disagree could send one aggregate's events out of order. (The
-- changes of one aggregate take its row lock, so their appends are numbered in their commit order.) Rows already
-- there are numbered in the order the relay used to send them.
alter table outbox_message add column position bigint;
update outbox_message m set position = o.n
    from (select id, row_number() over (order by occurred_at, id) as n from outbox_message) o
    where o.id = m.id;
alter table outbox_message alter column position set not null;
alter table outbox_message alter column position add generated always as identity;
select setval(pg_get_serial_sequence('outbox_message', 'position'), coalesce(max(position), 0) + 1, false)
    from outbox_message;

create index outbox_message_pending_in_order on outbox_message (position) where published_at is null;
drop index outbox_message_pending;
