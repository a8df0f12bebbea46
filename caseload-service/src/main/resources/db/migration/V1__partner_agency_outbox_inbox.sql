-- Read model of partner agencies, kept from partners-service's events.
create table partner_agency (
    id             uuid primary key,
    name           varchar(200) not null,
    kind           varchar(30)  not null,
    registered_at  timestamptz  not null,
    updated_at     timestamptz  not null
);

-- Transactional outbox (see docs/adr/0002-transactional-outbox.md).
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
