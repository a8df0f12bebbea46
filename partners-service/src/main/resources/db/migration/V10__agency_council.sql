-- A council's in-house team is an agency of that council only: its staff are the council's own staff
-- there and nowhere else. Partner agencies belong to no council.
alter table agency add column council_code varchar(9);
alter table agency add constraint agency_council_only_in_house check (kind = 'IN_HOUSE' or council_code is null);
