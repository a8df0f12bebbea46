-- One CRN or NHS number belongs to one adult across the platform: recording it for a second adult would
-- route that person's probation and NHS data to whoever claimed it.
create unique index adult_crn_unique on adult (crn) where crn is not null;
create unique index adult_nhs_number_unique on adult (nhs_number) where nhs_number is not null;

-- A refused claim of an identifier another adult holds, raised to the partnership admins of both
-- councils. Neither side learns the other council; the claimant's user is named to their own council only.
create table identifier_claim_alert (
    id               uuid primary key,
    council_code     varchar(9)   not null,
    side             varchar(10)  not null,
    identifier_kind  varchar(20)  not null,
    adult_id         uuid,
    claimed_by       varchar(255),
    claimed_at       timestamptz  not null,
    constraint identifier_claim_alert_side check (side in ('HOLDER', 'CLAIMANT')),
    constraint identifier_claim_alert_kind check (identifier_kind in ('CRN', 'NHS_NUMBER'))
);
create index identifier_claim_alert_council on identifier_claim_alert (council_code, claimed_at desc, id);
