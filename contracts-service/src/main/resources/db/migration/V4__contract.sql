-- The contract register: a council's contracts with partner agencies, their term and money.
create table contract (
    id                       uuid           primary key,
    council_code             varchar(9)     not null,
    agency_id                uuid           references partner_agency (id),
    service_type             varchar(40)    not null,
    title                    varchar(200)   not null,
    description              varchar(4000),
    state                    varchar(20)    not null,
    end_reason               varchar(20),
    start_date               date           not null,
    initial_end_date         date           not null,
    extension_options        varchar(100)   not null,
    extension_decision_by    date,
    mobilisation_days        integer        not null,
    current_end_date         date           not null,
    extensions_taken         integer        not null default 0,
    extension_months_taken   integer        not null default 0,
    varied_value             numeric(14, 2) not null default 0,
    mobilisation_started_on  date,
    awarded_on               date,
    live_on                  date,
    ended_on                 date,
    annual_value             numeric(14, 2) not null,
    vat_basis                varchar(20)    not null,
    procurement_check_id     uuid           references procurement_check (id),
    created_at               timestamptz    not null,
    updated_at               timestamptz    not null,
    version                  bigint         not null default 0
);
create index contract_council on contract (council_code, state, start_date, id);
create index contract_agency on contract (agency_id, state, start_date, id);

-- Value by financial year (1 April - 31 March, written 2024-25), pro-rata unless edited.
create table contract_year_value (
    contract_id     uuid           not null references contract (id),
    financial_year  varchar(7)     not null,
    amount          numeric(14, 2) not null,
    primary key (contract_id, financial_year)
);

-- Funding sources of a year, adding up to the year's value.
create table contract_funding (
    contract_id     uuid           not null references contract (id),
    financial_year  varchar(7)     not null,
    source          varchar(100)   not null,
    amount          numeric(14, 2) not null,
    primary key (contract_id, financial_year, source)
);

-- Every checked move of a contract between states, with its decision.
create table contract_transition (
    id                    uuid          primary key,
    contract_id           uuid          not null references contract (id),
    from_state            varchar(20)   not null,
    to_state              varchar(20)   not null,
    effective_on          date          not null,
    recorded_by           varchar(255)  not null,
    recorded_at           timestamptz   not null,
    decision_maker        varchar(200)  not null,
    decision_level        varchar(20)   not null,
    decision_report_ref   varchar(200),
    procurement_check_id  uuid          references procurement_check (id),
    agency_id             uuid,
    end_reason            varchar(20),
    reason                varchar(2000)
);
create index contract_transition_contract on contract_transition (contract_id, recorded_at, id);

-- Extensions and variations of live contracts, with the flags each raised.
create table contract_variation (
    id                       uuid           primary key,
    contract_id              uuid           not null references contract (id),
    kind                     varchar(20)    not null,
    extension_months         integer,
    value_change             numeric(14, 2) not null,
    end_before               date           not null,
    end_after                date           not null,
    scope_change             varchar(2000),
    reason                   varchar(2000),
    effective_on             date           not null,
    decision_maker           varchar(200)   not null,
    decision_level           varchar(20)    not null,
    decision_report_ref      varchar(200),
    change_notice_required   boolean        not null,
    psr_considerable_change  boolean        not null,
    psr_transparency_notice  boolean        not null,
    flag_reasons             text           not null,
    recorded_by              varchar(255)   not null,
    recorded_at              timestamptz    not null
);
create index contract_variation_contract on contract_variation (contract_id, recorded_at, id);
