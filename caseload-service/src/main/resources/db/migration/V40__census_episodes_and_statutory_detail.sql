-- The CIN census as the DfE defines it (issue 13 item 3):
-- a referral is a CIN episode that closes with its own closure date and CIN reason (RC1..RC9),
-- whether or not a plan followed; section 47 enquiries with their initial child protection
-- conference; child protection plan reviews; a looked-after episode's legal status over time;
-- the reason a child's UPN is not known.

alter table referral add column closure_date date;
alter table referral add column closure_reason varchar(4);
alter table referral add constraint referral_closes_after_it_starts
    check (closure_date is null or closure_date >= referral_date);
alter table referral add constraint referral_closure_has_reason
    check ((closure_date is null) = (closure_reason is null));
-- the DfE's primary need is the one identified at assessment: a referral with no further action may have none
alter table referral alter column primary_need drop not null;

-- episodes closed as the census inferred them before this change: a referral with no further action
-- on its date with RC8; otherwise when every CIN and CP plan started in its window had ended, on the
-- last end date with that plan's reason (RC7 when it had none)
update referral set closure_date = referral_date, closure_reason = 'RC8'
 where outcome = 'NO_FURTHER_ACTION' and closure_date is null;

with windows as (
    select r.id, r.child_id, r.referral_date,
           lead(r.referral_date) over (partition by r.child_id order by r.referral_date) as next_referral
      from referral r
), episode_plans as (
    select w.id as referral_id, p.end_date, p.closure_reason,
           count(*) over (partition by w.id) as plans,
           count(p.end_date) over (partition by w.id) as ended,
           row_number() over (partition by w.id order by p.end_date desc nulls first, p.start_date desc) as latest
      from windows w
      join child_plan p on p.child_id = w.child_id and p.kind in ('CHILD_IN_NEED', 'CHILD_PROTECTION')
                       and p.start_date >= w.referral_date
                       and (w.next_referral is null or p.start_date < w.next_referral)
)
update referral r set closure_date = e.end_date,
                      closure_reason = case when e.closure_reason like 'RC%' then e.closure_reason else 'RC7' end
  from episode_plans e
 where e.referral_id = r.id and e.latest = 1 and e.plans = e.ended and r.closure_date is null
   and (r.outcome is null or r.outcome <> 'NO_FURTHER_ACTION');

-- an earlier episode with no plan that a later referral of the child followed was closed after its
-- assessment (the DfE allows one open episode per child): on its last assessment's authorisation, else
-- its referral date, with RC8
with windows as (
    select r.id, r.child_id, r.referral_date,
           lead(r.referral_date) over (partition by r.child_id order by r.referral_date) as next_referral
      from referral r
), assessed as (
    select w.id as referral_id, w.referral_date,
           (select max(a.authorisation_date) from assessment a
             where a.child_id = w.child_id and (a.referral_id = w.id or (a.referral_id is null
                   and a.start_date >= w.referral_date and a.start_date < w.next_referral))) as last_authorised
      from windows w
     where w.next_referral is not null
       and not exists (select 1 from child_plan p where p.child_id = w.child_id
                          and p.start_date >= w.referral_date and p.start_date < w.next_referral)
       and not exists (select 1 from assessment a where a.child_id = w.child_id and a.authorisation_date is null
                          and (a.referral_id = w.id or (a.referral_id is null
                               and a.start_date >= w.referral_date and a.start_date < w.next_referral)))
)
update referral r set closure_date = least(coalesce(e.last_authorised, e.referral_date), w.next_referral),
                      closure_reason = 'RC8'
  from assessed e join windows w on w.id = e.referral_id
 where e.referral_id = r.id and r.closure_date is null;

-- the census reason belongs to the episode: plans of child in need, child protection and
-- pre-proceedings carry none; a looked-after episode ends with an SSDA903 reason episode ceased.
-- Earlier data held CIN codes on every kind; for looked-after episodes the nearest SSDA903 code is
-- kept (carer details an SGO code needs were never recorded, so E45 stands for any SGO).
update child_plan set closure_reason = case closure_reason
        when 'RC1' then 'E11' when 'RC2' then 'E2' when 'RC3' then 'E41' when 'RC4' then 'E45'
        when 'RC5' then 'E3' when 'RC6' then 'E7' else 'E8' end
 where kind = 'LOOKED_AFTER' and closure_reason like 'RC%';
update child_plan set closure_reason = null where kind <> 'LOOKED_AFTER';

-- closures by reason in a period and children in need at a date, per council
create index referral_council_closure on referral (council_code, closure_date) where closure_date is not null;

-- A looked-after episode's legal status from a date: a change of status is not a new period of care.
create table plan_legal_status (
    plan_id       uuid         not null references child_plan (id),
    from_date     date         not null,
    council_code  varchar(9)   not null,
    legal_status  varchar(2)   not null,
    created_at    timestamptz  not null,
    primary key (plan_id, from_date)
);
insert into plan_legal_status (plan_id, from_date, council_code, legal_status, created_at)
select id, start_date, council_code, legal_status, now() from child_plan
 where kind = 'LOOKED_AFTER' and legal_status is not null;

-- Section 47 enquiries and their initial child protection conference (or the decision that none is needed).
create table section47_enquiry (
    id                  uuid         primary key,
    child_id            uuid         not null references child (id),
    family_id           uuid         not null references family (id),
    council_code        varchar(9)   not null,
    referral_id         uuid         references referral (id),
    start_date          date         not null,
    conference_target   date,
    conference_date     date,
    conference_not_required boolean  not null default false,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    constraint section47_conference_after_start check (conference_date is null or conference_date >= start_date),
    constraint section47_conference_or_not check (not (conference_not_required and conference_date is not null))
);
create index section47_child on section47_enquiry (child_id, start_date);
create index section47_council_date on section47_enquiry (council_code, start_date);

-- Reviews of child protection plans (review conferences).
create table cp_plan_review (
    plan_id       uuid         not null references child_plan (id),
    review_date   date         not null,
    council_code  varchar(9)   not null,
    child_id      uuid         not null references child (id),
    created_at    timestamptz  not null,
    primary key (plan_id, review_date)
);
create index cp_plan_review_council on cp_plan_review (council_code, review_date);

-- What the census needs of a child beyond the child record: why its UPN is not known (UN1..UN7).
create table child_census_detail (
    child_id            uuid         primary key references child (id),
    council_code        varchar(9)   not null,
    upn_unknown_reason  varchar(3),
    updated_by          varchar(255) not null,
    updated_at          timestamptz  not null,
    version             bigint       not null
);
