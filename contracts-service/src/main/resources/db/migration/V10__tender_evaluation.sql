-- Tender evaluation of a contract on a competitive route: criteria, panel, bids, each evaluator's
-- own scores, moderated scores and the recommendation. Every decision keeps who took it and when.
create table tender_evaluation (
    contract_id               uuid          primary key references contract (id),
    council_code              varchar(9)    not null,
    stage                     varchar(20)   not null,
    created_by                varchar(255)  not null,
    created_at                timestamptz   not null,
    criteria_set_by           varchar(255),
    criteria_set_at           timestamptz,
    panel_set_by              varchar(255),
    panel_set_at              timestamptz,
    bids_opened_by            varchar(255),
    bids_opened_at            timestamptz,
    bids_closed_by            varchar(255),
    bids_closed_at            timestamptz,
    moderation_started_by     varchar(255),
    moderation_started_at     timestamptz,
    recommended_bid_id        uuid,
    recommendation_rationale  varchar(4000),
    recommended_by            varchar(255),
    recommended_at            timestamptz,
    updated_at                timestamptz   not null,
    version                   bigint        not null default 0
);
create index tender_evaluation_council on tender_evaluation (council_code, stage);

-- Criteria fixed before bids open: mandatory pass/fail, quality (scored 0..max_score) and price,
-- the weights of quality and price adding up to 100.
create table tender_criterion (
    contract_id   uuid          not null references tender_evaluation (contract_id),
    id            uuid          not null,
    position      integer       not null,
    kind          varchar(20)   not null,
    title         varchar(200)  not null,
    description   varchar(2000),
    weight        integer,
    max_score     integer,
    primary key (contract_id, id)
);

-- The evaluation panel: the logins of commissioners of the same council.
create table tender_panel_member (
    contract_id   uuid          not null references tender_evaluation (contract_id),
    username      varchar(255)  not null,
    added_by      varchar(255)  not null,
    added_at      timestamptz   not null,
    primary key (contract_id, username)
);

create table tender_bid (
    id             uuid           primary key,
    contract_id    uuid           not null references tender_evaluation (contract_id),
    council_code   varchar(9)     not null,
    agency_id      uuid           not null references partner_agency (id),
    price          numeric(14, 2) not null check (price > 0),
    summary        varchar(4000),
    submitted_by   varchar(255)   not null,
    submitted_as   varchar(30)    not null,
    submitted_at   timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null default 0,
    unique (contract_id, agency_id)
);

-- Each evaluator's own marks, hidden from the other evaluators until moderation starts.
create table tender_evaluator_score (
    id             uuid          primary key,
    contract_id    uuid          not null references tender_evaluation (contract_id),
    bid_id         uuid          not null references tender_bid (id),
    criterion_id   uuid          not null,
    evaluator      varchar(255)  not null,
    passed         boolean,
    score          integer,
    note           varchar(2000),
    scored_at      timestamptz   not null,
    unique (bid_id, criterion_id, evaluator)
);
create index tender_evaluator_score_contract on tender_evaluator_score (contract_id, evaluator);

-- The moderated mark of a bid against a criterion, with its rationale.
create table tender_moderated_score (
    bid_id         uuid          not null references tender_bid (id),
    criterion_id   uuid          not null,
    contract_id    uuid          not null references tender_evaluation (contract_id),
    passed         boolean,
    score          integer,
    rationale      varchar(2000) not null,
    moderated_by   varchar(255)  not null,
    moderated_at   timestamptz   not null,
    primary key (bid_id, criterion_id)
);
create index tender_moderated_score_contract on tender_moderated_score (contract_id);
