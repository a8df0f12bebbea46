-- Each council's business case for the model: the baseline it measures against and what a child
-- on a plan or in care costs it a year, for the cost avoidance shown with the outcome metrics.
create table council_business_case (
    council_code                   varchar(9)      primary key,
    baseline_date                  date            not null,
    baseline_cp_children           integer         not null check (baseline_cp_children >= 0),
    baseline_looked_after          integer         not null check (baseline_looked_after >= 0),
    annual_cost_cp_plan            numeric(12, 2)  not null check (annual_cost_cp_plan >= 0),
    annual_cost_looked_after       numeric(12, 2)  not null check (annual_cost_looked_after >= 0),
    annual_target                  numeric(14, 2),
    updated_by                     varchar(255)    not null,
    created_at                     timestamptz     not null,
    updated_at                     timestamptz     not null,
    version                        bigint          not null
);
