-- Read model of the councils of the partnership, kept from partners-service's council events.
-- as_of is the time of the state held (registeredAt / updatedAt of the event), so an older state
-- arriving late does not overwrite a newer one.
create table council (
    council_code            varchar(9)   primary key,
    name                    varchar(200) not null,
    local_authority_number  varchar(3),
    model_adopted_on        date,
    as_of                   timestamptz  not null,
    updated_at              timestamptz  not null
);

-- Children (0-17) living in the council's area by year, as partners-service reports them.
create table council_child_population (
    council_code  varchar(9)  not null references council (council_code),
    year          integer     not null,
    children      integer     not null,
    primary key (council_code, year)
);
