-- Which instance ran each scheduled job for which period (platform-support ScheduledRuns): one run per period.
create table scheduled_run (
    job varchar(100) not null,
    period timestamptz not null,
    claimed_at timestamptz not null,
    claimed_by varchar(200) not null,
    primary key (job, period)
);
