-- Councils: the tenants of the platform, known by their ONS GSS code.
create table council (
    code                    varchar(9)     primary key,
    name                    varchar(200)   not null,
    la_number               varchar(3)     not null unique,
    model_adopted_on        date,
    in_hours_phone          varchar(20)    not null,
    out_of_hours_phone      varchar(20)    not null,
    key_decision_threshold  numeric(14, 2) not null,
    officer_up_to           numeric(14, 2) not null,
    cabinet_member_up_to    numeric(14, 2) not null,
    created_at              timestamptz    not null,
    updated_at              timestamptz    not null,
    version                 bigint         not null default 0
);
create index council_name on council (lower(name));

create table council_child_population (
    council_code  varchar(9) not null references council (code),
    year          integer    not null,
    children      integer    not null,
    primary key (council_code, year)
);
