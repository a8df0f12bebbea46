-- Information-sharing agreements between a council and partner agencies.
create table sharing_agreement (
    id            uuid          primary key,
    council_code  varchar(9)    not null references council (code),
    purpose       varchar(2000) not null,
    start_date    date          not null,
    end_date      date          not null,
    review_date   date          not null,
    status        varchar(10)   not null,
    ended_on      date,
    end_reason    varchar(30),
    signed_by     varchar(255)  not null,
    signed_at     timestamptz   not null,
    version       bigint        not null default 0,
    constraint agreement_dates check (end_date > start_date)
);
create index sharing_agreement_council on sharing_agreement (council_code, start_date desc);

create table sharing_agreement_party (
    agreement_id  uuid not null references sharing_agreement (id),
    agency_id     uuid not null references agency (id),
    primary key (agreement_id, agency_id)
);
create index sharing_agreement_party_agency on sharing_agreement_party (agency_id);

create table sharing_agreement_basis (
    agreement_id  uuid        not null references sharing_agreement (id),
    basis         varchar(40) not null,
    primary key (agreement_id, basis)
);

create table sharing_agreement_category (
    agreement_id  uuid        not null references sharing_agreement (id),
    category      varchar(40) not null,
    primary key (agreement_id, category)
);
