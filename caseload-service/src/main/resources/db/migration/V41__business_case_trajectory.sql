-- A business case as a council's cabinet report gives it (Bury 2022, shared/domain 003): yearly
-- investment and grant, and one or more scenarios of cost avoidance, each with the yearly figures the
-- report states and the total it states over its years. The looked-after baseline and the unit costs
-- are not in every report, so they may be left out (the actual avoidance is then not worked out).
alter table council_business_case alter column baseline_looked_after drop not null;
alter table council_business_case alter column annual_cost_cp_plan drop not null;
alter table council_business_case alter column annual_cost_looked_after drop not null;
-- the first day of the model's year 1, so that actual figures can be set beside each year
alter table council_business_case add column first_year_starts date;

create table business_case_year (
    council_code  varchar(9)      not null references council_business_case (council_code),
    year_no       integer         not null check (year_no between 1 and 10),
    investment    numeric(14, 2)  not null check (investment >= 0),
    grant_funding numeric(14, 2)  not null check (grant_funding >= 0),
    primary key (council_code, year_no)
);

create table business_case_scenario (
    council_code  varchar(9)      not null references council_business_case (council_code),
    name          varchar(40)     not null,
    position      integer         not null,
    stated_total  numeric(14, 2)  check (stated_total >= 0),
    primary key (council_code, name)
);

-- a scenario's yearly cost avoidance where the report states it; a year it does not state has no row
create table business_case_target (
    council_code  varchar(9)      not null references council_business_case (council_code),
    scenario      varchar(40)     not null,
    year_no       integer         not null check (year_no between 1 and 10),
    amount        numeric(14, 2)  not null check (amount >= 0),
    primary key (council_code, scenario, year_no)
);
