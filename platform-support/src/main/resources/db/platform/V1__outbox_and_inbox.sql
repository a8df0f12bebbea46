-- Transactional outbox (docs/adr/0002-transactional-outbox.md): events written in the transaction of the change,
-- relayed to Kafka afterwards by OutboxRelay.
create table outbox_message (
    id            uuid primary key,
    aggregate_id  varchar(100) not null,
    event_type    varchar(200) not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
create index outbox_message_pending on outbox_message (occurred_at, id) where published_at is null;

-- Events this service has applied, for idempotent consumption.
create table processed_event (
    event_id      varchar(200) primary key,
    event_type    varchar(200) not null,
    processed_at  timestamptz  not null
);
