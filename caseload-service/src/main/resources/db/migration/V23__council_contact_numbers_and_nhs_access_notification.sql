-- The numbers NHS staff are told to call about a child on a plan: the council's children's social
-- care front door in hours and its emergency duty team out of hours, from partners-service's
-- council events (null until an event carrying them arrives).
alter table council add column in_hours_phone varchar(20);
alter table council add column out_of_hours_phone varchar(20);

-- Each time an NHS system looked up a child and was told of a plan, as CP-IS tells the council:
-- which organisation (ODS code), which system (the service account) and end user (their NHS
-- role-profile id, when sent), when, and what was disclosed. Append-only.
create table nhs_access_notification (
    id                uuid          primary key,
    council_code      varchar(9)    not null,
    child_id          uuid          not null references child (id),
    family_id         uuid          not null references family (id),
    ods_code          varchar(10)   not null,
    system_id         varchar(100)  not null,
    end_user_id       varchar(20),
    flags             varchar(100)  not null,
    accessed_at       timestamptz   not null
);
create index nhs_access_notification_child on nhs_access_notification (child_id, accessed_at desc);
create index nhs_access_notification_council on nhs_access_notification (council_code, accessed_at desc);
-- look-ups by NHS number across councils
create index child_nhs_number on child (nhs_number) where nhs_number is not null;
create index adult_nhs_number on adult (nhs_number) where nhs_number is not null;
