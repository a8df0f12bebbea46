-- Partner agencies: the register other services learn of through AgencyRegistered events.
create table agency (
    id                      uuid primary key,
    name                    varchar(200) not null,
    kind                    varchar(30)  not null,
    charity_number          varchar(8),
    companies_house_number  varchar(8),
    ods_code                varchar(6),
    registered_by           varchar(255) not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0,
    constraint agency_kind_known check (kind in ('STATUTORY_BODY', 'NHS_TRUST', 'CHARITY', 'COMPANY', 'IN_HOUSE'))
);
create unique index agency_charity_number_unique on agency (charity_number) where charity_number is not null;
create unique index agency_companies_house_number_unique on agency (companies_house_number) where companies_house_number is not null;
create unique index agency_ods_code_unique on agency (ods_code) where ods_code is not null;
