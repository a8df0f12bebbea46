package org.familysafeguarding.caseload.domain.outcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The counts behind the outcome metrics, aggregated in the database on indexes that lead with the
 * council (V13): a council's figures cost the same however many councils share the database.
 */
@ApplicationScoped
public class OutcomeRepository {

    /**
     * Plans overlapping the period: open at its end, started in it, or ended in it. Children are
     * counted, not plans (DfE: children who became the subject of a plan, for a second or later time,
     * or whose plan ceased after two years or more). Looked after: not under an agreed series of short
     * breaks (legal status V3 or V4, left out of the DfE's counts at 31 March and of starts); a status in
     * force from the plan's legal-status history; an episode that follows another on its last day
     * continues the period of care, so it is no entry.
     */
    static final String PLANS = """
            select
              count(distinct p.child_id) filter (where p.kind = 'CHILD_IN_NEED' and (p.end_date is null or p.end_date > :to)),
              count(distinct p.child_id) filter (where p.kind = 'CHILD_PROTECTION' and (p.end_date is null or p.end_date > :to)),
              count(distinct p.child_id) filter (where p.kind = 'LOOKED_AFTER' and (p.end_date is null or p.end_date > :to)
                                                 and coalesce(at_end.legal_status, p.legal_status) not in ('V3', 'V4')),
              count(distinct p.child_id) filter (where p.kind = 'CHILD_PROTECTION' and p.start_date >= :from),
              count(distinct p.child_id) filter (where p.kind = 'CHILD_PROTECTION' and p.start_date >= :from and p.second_or_later),
              count(distinct p.child_id) filter (where p.kind = 'CHILD_PROTECTION' and p.end_date <= :to),
              count(distinct p.child_id) filter (where p.kind = 'CHILD_PROTECTION' and p.end_date <= :to
                               and p.end_date >= cast(p.start_date + interval '2 years' as date)),
              count(distinct p.child_id) filter (where p.kind = 'LOOKED_AFTER' and p.start_date >= :from
                                                 and coalesce(at_start.legal_status, p.legal_status) not in ('V3', 'V4')
                                                 and before.child_id is null)
            from child_plan p
            left join lateral (select s.legal_status from plan_legal_status s
                               where p.kind = 'LOOKED_AFTER' and s.plan_id = p.id and s.from_date <= :to
                               order by s.from_date desc limit 1) at_end on true
            left join lateral (select s.legal_status from plan_legal_status s
                               where p.kind = 'LOOKED_AFTER' and s.plan_id = p.id
                               order by s.from_date limit 1) at_start on true
            left join lateral (select q.child_id from child_plan q
                               where p.kind = 'LOOKED_AFTER' and p.start_date >= :from and q.child_id = p.child_id
                                 and q.kind = 'LOOKED_AFTER' and q.end_date = p.start_date and q.id <> p.id
                               limit 1) before on true
            where p.council_code = :council and p.start_date <= :to and (p.end_date is null or p.end_date >= :from)
            """;

    static final String REFERRALS = """
            select count(*), count(*) filter (where re_referral)
            from referral where council_code = :council and referral_date between :from and :to
            """;

    /** Assessments authorised in the period, and those within 45 working days of their start (DfE table C2). */
    static final String ASSESSMENTS = """
            select count(*), count(*) filter (where within_timescale)
            from assessment where council_code = :council and authorisation_date between :from and :to
            """;

    /** Children in need at the period's end: a CIN episode (a referral not yet closed) open then. */
    static final String CHILDREN_IN_NEED = """
            select count(distinct child_id) from referral
            where council_code = :council and referral_date <= :to and (closure_date is null or closure_date > :to)
            """;

    /** CIN episodes closed in the period, by CIN reason for closure (one case, one closure). */
    static final String CLOSURES = """
            select closure_reason, count(*) from referral
            where council_code = :council and closure_date between :from and :to
            group by closure_reason order by closure_reason
            """;

    /** Looked-after episodes ended in the period by SSDA903 reason; X1 (another followed that day) ends no period of care. */
    static final String CARE_CEASED = """
            select closure_reason, count(*) from child_plan
            where council_code = :council and kind = 'LOOKED_AFTER' and end_date between :from and :to
              and closure_reason is not null and closure_reason <> 'X1'
            group by closure_reason order by closure_reason
            """;

    private final EntityManager em;

    public OutcomeRepository(EntityManager em) {
        this.em = em;
    }

    public OutcomeCounts counts(String council, Period period) {
        Object[] plans = (Object[]) query(PLANS, council, period).getSingleResult();
        Object[] referrals = (Object[]) query(REFERRALS, council, period).getSingleResult();
        long inNeed = n(em.createNativeQuery(CHILDREN_IN_NEED)
                .setParameter("council", council)
                .setParameter("to", period.to())
                .getSingleResult());
        Object[] assessments = (Object[]) query(ASSESSMENTS, council, period).getSingleResult();
        return new OutcomeCounts(
                n(plans[0]),
                n(plans[1]),
                n(plans[2]),
                n(referrals[0]),
                n(referrals[1]),
                n(plans[3]),
                n(plans[4]),
                n(plans[5]),
                n(plans[6]),
                n(plans[7]),
                byReason(CLOSURES, council, period),
                inNeed,
                byReason(CARE_CEASED, council, period),
                n(assessments[0]),
                n(assessments[1]));
    }

    private Map<String, Long> byReason(String sql, String council, Period period) {
        var counts = new LinkedHashMap<String, Long>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, council, period).getResultList();
        rows.forEach(row -> counts.put((String) row[0], n(row[1])));
        return counts;
    }

    /**
     * Children aged 0-17 in the council's area: the latest ONS mid-year (30 June) estimate for a year
     * whose mid-year is on or before the day (DfE: mid-2024 for 31 March 2025).
     */
    public Optional<Long> childPopulationOn(String council, LocalDate day) {
        return childPopulation(council, day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    /** Children aged 0-17 in the council's area: the latest estimate for the year or before. */
    public Optional<Long> childPopulation(String council, int year) {
        return em
                .createNativeQuery("""
                select children from council_child_population where council_code = :council and year <= :year
                order by year desc limit 1""")
                .setParameter("council", council)
                .setParameter("year", year)
                .getResultList()
                .stream()
                .findFirst()
                .map(OutcomeRepository::n);
    }

    public Optional<LocalDate> modelAdoptedOn(String council) {
        return em
                .createNativeQuery(
                        "select model_adopted_on from council where council_code = :council", LocalDate.class)
                .setParameter("council", council)
                .getResultList()
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(LocalDate.class::cast)
                .findFirst();
    }

    private jakarta.persistence.Query query(String sql, String council, Period period) {
        return em.createNativeQuery(sql)
                .setParameter("council", council)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
