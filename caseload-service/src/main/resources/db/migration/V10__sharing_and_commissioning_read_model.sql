-- Information-sharing agreements (from partners-service) and the services each agency is
-- commissioned for in a council (from contracts-service): the facts an allocation is checked against.
create table sharing_agreement (
    id            uuid         primary key,
    council_code  varchar(9)   not null,
    start_date    date,
    end_date      date,
    ended_on      date,
    updated_at    timestamptz  not null
);
create index sharing_agreement_council on sharing_agreement (council_code);

create table sharing_agreement_agency (
    agreement_id  uuid  not null references sharing_agreement (id),
    agency_id     uuid  not null,
    primary key (agreement_id, agency_id)
);
create index sharing_agreement_agency_agency on sharing_agreement_agency (agency_id);

create table commissioned_contract (
    contract_id       uuid         primary key,
    council_code      varchar(9)   not null,
    agency_id         uuid         not null,
    live_on           date,
    initial_end_date  date,
    ended_on          date,
    updated_at        timestamptz  not null
);
create index commissioned_contract_agency on commissioned_contract (agency_id, council_code);

create table commissioned_service (
    contract_id  uuid         not null references commissioned_contract (contract_id),
    service      varchar(60)  not null,
    primary key (contract_id, service)
);
