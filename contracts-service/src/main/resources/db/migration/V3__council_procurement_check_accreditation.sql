-- Read model of councils (tenants) and their decision thresholds, kept from partners-service's
-- council-registered / council-updated events. as_of is the publisher's time of the state held,
-- so that an older event arriving late does not overwrite a newer one.
create table council (
    code                    varchar(9)     primary key,
    name                    varchar(200)   not null,
    key_decision_threshold  numeric(14, 2) not null,
    officer_up_to           numeric(14, 2) not null,
    cabinet_member_up_to    numeric(14, 2) not null,
    as_of                   timestamptz    not null,
    updated_at              timestamptz    not null
);

-- Read model of which agency is accredited by which council, from agency-accredited /
-- accreditation-lapsed events.
create table agency_accreditation (
    agency_id      uuid         not null,
    council_code   varchar(9)   not null,
    accredited_on  date,
    valid_until    date,
    lapsed_on      date,
    lapse_reason   varchar(50),
    updated_at     timestamptz  not null,
    primary key (agency_id, council_code)
);
create index agency_accreditation_council on agency_accreditation (council_code, agency_id);

-- Each check of a proposed procurement decision, as answered: the proposal, the main findings
-- (for queries) and the whole assessment as JSON.
create table procurement_check (
    id                        uuid           primary key,
    council_code              varchar(9)     not null,
    service_type              varchar(40)    not null,
    estimated_lifetime_value  numeric(14, 2) not null,
    vat                       numeric(14, 2) not null,
    decision_date             date           not null,
    proposed_route            varchar(40)    not null,
    ground                    varchar(40),
    waiver_reason             varchar(2000),
    existing_lifetime_value   numeric(14, 2),
    materially_different      boolean        not null,
    regime                    varchar(20)    not null,
    threshold_reached         boolean,
    route_permitted           boolean        not null,
    route_reason              text           not null,
    decision_level            varchar(20),
    assessment                text           not null,
    checked_by                varchar(255)   not null,
    checked_at                timestamptz    not null
);
create index procurement_check_council on procurement_check (council_code, checked_at desc, id);
