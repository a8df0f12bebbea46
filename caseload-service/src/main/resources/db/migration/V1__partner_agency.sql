-- Read model of partner agencies, kept from partners-service's events.
create table partner_agency (
    id             uuid primary key,
    name           varchar(200) not null,
    kind           varchar(30)  not null,
    registered_at  timestamptz  not null,
    updated_at     timestamptz  not null
);
