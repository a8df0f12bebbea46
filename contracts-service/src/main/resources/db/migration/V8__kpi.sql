-- KPI targets of a contract: at least so many interventions of a type (as caseload-service records them) a quarter.
create table kpi_target (
    id                 uuid        primary key,
    contract_id        uuid        not null references contract (id),
    council_code       varchar(9)  not null,
    intervention_type  varchar(40) not null,
    per_quarter        integer     not null check (per_quarter >= 0),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0,
    unique (contract_id, intervention_type)
);

-- Rating bands set by a council (contract_id null) or for one contract; defaults apply otherwise.
create table kpi_rating_bands (
    id                   uuid          primary key,
    council_code         varchar(9)    not null,
    contract_id          uuid          references contract (id),
    slightly_below_from  numeric(5, 2) not null,
    below_from           numeric(5, 2) not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    unique nulls not distinct (council_code, contract_id)
);

-- Interventions caseload-service recorded (ids, council, agency, type and date only), to count against KPIs.
create table recorded_intervention (
    intervention_id  uuid        primary key,
    council_code     varchar(9)  not null,
    agency_id        uuid        not null,
    type             varchar(40) not null,
    occurred_on      date        not null,
    voided_at        timestamptz,
    updated_at       timestamptz not null
);
create index recorded_intervention_count on recorded_intervention (agency_id, council_code, type, occurred_on)
    where voided_at is null;

-- Quarters closed for a contract, with the result of each KPI as it stood at the close.
create table kpi_quarter_close (
    contract_id          uuid          not null references contract (id),
    quarter              varchar(10)   not null,
    slightly_below_from  numeric(5, 2) not null,
    below_from           numeric(5, 2) not null,
    closed_at            timestamptz   not null,
    primary key (contract_id, quarter)
);
create table kpi_quarter_result (
    contract_id        uuid         not null,
    quarter            varchar(10)  not null,
    intervention_type  varchar(40)  not null,
    target             integer      not null,
    actual             integer      not null,
    percent_of_target  numeric(7, 1) not null,
    rating             varchar(30)  not null,
    primary key (contract_id, quarter, intervention_type),
    foreign key (contract_id, quarter) references kpi_quarter_close (contract_id, quarter)
);
