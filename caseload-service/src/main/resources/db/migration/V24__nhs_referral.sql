-- Referrals of a parent sent by an NHS trust as a UK Core ServiceRequest, matched to the adult by
-- NHS number, waiting for allocation. The resource is kept as received (validated) so what the
-- trust said is never lost; the columns are what the council's staff list and sort by.
create table nhs_referral (
    id                   uuid          primary key,
    council_code         varchar(9)    not null,
    family_id            uuid          not null references family (id),
    adult_id             uuid          not null references adult (id),
    status               varchar(30)   not null,
    priority             varchar(10),
    authored_on          timestamptz,
    sender_ods_code      varchar(10)   not null,
    sender_system        varchar(100)  not null,
    sender_reference     varchar(300),
    service_request      text          not null,
    idempotency_key      varchar(100),
    request_hash         varchar(64)   not null,
    received_at          timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index nhs_referral_council on nhs_referral (council_code, received_at desc);
create index nhs_referral_adult on nhs_referral (adult_id, received_at desc);
create unique index nhs_referral_idempotency on nhs_referral (sender_system, idempotency_key)
    where idempotency_key is not null;
