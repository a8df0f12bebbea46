-- The partner service types each contract buys (partners-service's ServiceType codes).
create table contract_service (
    contract_id  uuid        not null references contract (id),
    service      varchar(50) not null,
    primary key (contract_id, service)
);
