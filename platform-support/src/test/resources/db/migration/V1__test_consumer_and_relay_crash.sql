-- What the test consumer (fixtures.TallyConsumer) makes of the events it applies.
create table tally (
    subject varchar(100) primary key,
    total   integer      not null
);
create table applied_event (
    position bigint generated always as identity primary key,
    subject  varchar(100) not null,
    event_id varchar(200) not null
);

-- Stands in for a relay instance that dies after Kafka acknowledged its batch and before the batch's transaction
-- committed: marking a message of a listed aggregate as published fails up to attempt number dies_until_attempt.
-- Attempts are counted by a sequence, because a rollback does not undo a sequence.
create sequence relay_marking_attempt;
create table relay_dies_before_marking (
    aggregate_id       varchar(100) primary key,
    dies_until_attempt bigint       not null
);
create function relay_dies_before_marking() returns trigger language plpgsql as $$
declare
    dies_until bigint;
begin
    select dies_until_attempt into dies_until from relay_dies_before_marking where aggregate_id = new.aggregate_id;
    if found and old.published_at is null and new.published_at is not null
            and nextval('relay_marking_attempt') <= dies_until then
        raise exception 'the relay died before its batch was marked';
    end if;
    return new;
end
$$;
create trigger relay_dies_before_marking before update on outbox_message
    for each row execute function relay_dies_before_marking();
