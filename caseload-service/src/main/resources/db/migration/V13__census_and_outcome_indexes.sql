-- Indexes for the CIN census return and the outcome metrics: every query starts from the council.
-- the census reads the assessments started up to the census date
create index assessment_council_start on assessment (council_code, start_date);
-- plans overlapping a period, and plans ended in it, use V6's plan_council_kind_dates
-- (council_code, kind, start_date, end_date): the planner prefers it to any further index
-- referrals and re-referrals in a period counted from the index alone
create index referral_council_date_rereferral on referral (council_code, referral_date) include (re_referral);
