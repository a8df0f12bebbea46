-- A council's in-house team counts as that council's own staff there only; partners-service now says
-- which council (events carry councilCode). An in-house agency learnt before this knows no council, and
-- so counts as nobody's own until partners-service publishes it again.
alter table partner_agency add column council_code varchar(9);
