-- The parental-work programme (the workbook's modules) per council, and each parent's dated entries.
create table workbook_programme (
    council_code  varchar(9)   primary key,   -- 'DEFAULT' holds the list for councils that set none
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);

create table workbook_programme_module (
    council_code  varchar(9)    not null references workbook_programme (council_code),
    position      integer       not null,
    code          varchar(40)   not null,
    title         varchar(200)  not null,
    primary key (council_code, position)
);

-- The default list: the direct-work themes of the Family Safeguarding workbook.
insert into workbook_programme (council_code, created_at, updated_at, version) values ('DEFAULT', now(), now(), 0);
insert into workbook_programme_module (council_code, position, code, title) values
    ('DEFAULT', 0, 'MOTIVATION', 'Motivation to change'),
    ('DEFAULT', 1, 'CHILDS_WORLD', 'The child''s lived experience'),
    ('DEFAULT', 2, 'PARENTING', 'Parenting and routines'),
    ('DEFAULT', 3, 'DOMESTIC_ABUSE', 'Domestic abuse and healthy relationships'),
    ('DEFAULT', 4, 'SUBSTANCE_USE', 'Alcohol and drug use'),
    ('DEFAULT', 5, 'MENTAL_HEALTH', 'Mental health and well-being'),
    ('DEFAULT', 6, 'SUPPORT_NETWORK', 'Family and support network'),
    ('DEFAULT', 7, 'SAFETY_PLAN', 'Safety plan'),
    ('DEFAULT', 8, 'SUSTAINING_CHANGE', 'Sustaining change');

create table workbook_entry (
    id            uuid          primary key,
    adult_id      uuid          not null references adult (id),
    council_code  varchar(9)    not null,
    module_code   varchar(40)   not null,
    entry_date    date          not null,
    status        varchar(20)   not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    note          varchar(2000),
    recorded_by   varchar(255)  not null,
    created_at    timestamptz   not null
);
create index workbook_entry_adult on workbook_entry (adult_id, module_code, entry_date);
-- one completion per parent and module, whatever the timing of requests
create unique index workbook_entry_one_completion on workbook_entry (adult_id, module_code) where status = 'COMPLETED';
