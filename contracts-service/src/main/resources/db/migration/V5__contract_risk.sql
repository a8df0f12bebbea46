-- The risk register of each contract.
create table contract_risk (
    id            uuid          primary key,
    contract_id   uuid          not null references contract (id),
    council_code  varchar(9)    not null,
    description   varchar(1000) not null,
    impact        integer       not null check (impact between 0 and 5),
    probability   integer       not null check (probability between 0 and 5),
    score         integer       not null,
    mitigation    varchar(2000),
    owner         varchar(200)  not null,
    review_date   date          not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index contract_risk_contract on contract_risk (contract_id, score desc, review_date, id);
create index contract_risk_review on contract_risk (council_code, review_date, id);
