-- The day a procurement commenced (the regime follows it) and the PSR condition facts of a check.
alter table procurement_check add column procurement_commenced_on date;
alter table procurement_check add column only_existing_provider_capable boolean;
alter table procurement_check add column patient_choice_of_providers boolean;
alter table procurement_check add column provided_for_in_contract boolean;
update procurement_check set procurement_commenced_on = decision_date;

-- An award recorded although its procurement check refused the route (the council's decision, at risk of challenge).
alter table contract add column awarded_at_risk boolean not null default false;

-- A KPI counts from the day it was agreed; quarters before it are neither rated nor closed against it.
-- Existing KPIs keep counting from go-live (null), as they did.
alter table kpi_target add column effective_from date;
-- A KPI whose activity is a family event (a home visit, a core group) counts it once per family and day.
alter table kpi_target add column once_per_family boolean not null default false;

-- Which partner service (the allocation's commissioned service) and family an intervention was for, when
-- caseload-service says: it is counted only by contracts buying that service.
alter table recorded_intervention add column service varchar(60);
alter table recorded_intervention add column family_id uuid;
