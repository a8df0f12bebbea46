-- The services of the model each agency delivers.
create table agency_service_type (
    agency_id     uuid        not null references agency (id),
    service_type  varchar(60) not null,
    primary key (agency_id, service_type)
);
