package org.familysafeguarding.caseload.domain.outcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The counts behind the outcome metrics, aggregated in the database on indexes that lead with the
 * council (V13): a council's figures cost the same however many councils share the database.
 */
@ApplicationScoped
public class OutcomeRepository {

    /** Plans overlapping the period: open at its end, started in it, or ended in it. */
    static final String PLANS = """
            select
              count(distinct child_id) filter (where kind = 'CHILD_IN_NEED' and (end_date is null or end_date > :to)),
              count(distinct child_id) filter (where kind = 'CHILD_PROTECTION' and (end_date is null or end_date > :to)),
              count(distinct child_id) filter (where kind = 'LOOKED_AFTER' and (end_date is null or end_date > :to)),
              count(*) filter (where kind = 'CHILD_PROTECTION' and start_date >= :from),
              count(*) filter (where kind = 'CHILD_PROTECTION' and start_date >= :from and second_or_later),
              count(*) filter (where kind = 'CHILD_PROTECTION' and end_date <= :to),
              count(*) filter (where kind = 'CHILD_PROTECTION' and end_date <= :to
                               and end_date >= cast(start_date + interval '2 years' as date)),
              count(distinct child_id) filter (where kind = 'LOOKED_AFTER' and start_date >= :from)
            from child_plan
            where council_code = :council and start_date <= :to and (end_date is null or end_date >= :from)
            """;

    static final String REFERRALS = """
            select count(*), count(*) filter (where re_referral)
            from referral where council_code = :council and referral_date between :from and :to
            """;

    static final String CLOSURES = """
            select closure_reason, count(*) from child_plan
            where council_code = :council and end_date between :from and :to and closure_reason is not null
            group by closure_reason order by closure_reason
            """;

    private final EntityManager em;

    public OutcomeRepository(EntityManager em) {
        this.em = em;
    }

    public OutcomeCounts counts(String council, Period period) {
        Object[] plans = (Object[]) query(PLANS, council, period).getSingleResult();
        Object[] referrals = (Object[]) query(REFERRALS, council, period).getSingleResult();
        var closures = new LinkedHashMap<String, Long>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(CLOSURES, council, period).getResultList();
        rows.forEach(row -> closures.put((String) row[0], n(row[1])));
        return new OutcomeCounts(n(plans[0]), n(plans[1]), n(plans[2]), n(referrals[0]), n(referrals[1]), n(plans[3]),
                n(plans[4]), n(plans[5]), n(plans[6]), n(plans[7]), closures);
    }

    /** Children aged 0-17 in the council's area: the latest estimate for the year or before. */
    public Optional<Long> childPopulation(String council, int year) {
        return em.createNativeQuery("""
                select children from council_child_population where council_code = :council and year <= :year
                order by year desc limit 1""").setParameter("council", council).setParameter("year", year)
                .getResultList().stream().findFirst().map(OutcomeRepository::n);
    }

    public Optional<LocalDate> modelAdoptedOn(String council) {
        return em.createNativeQuery("select model_adopted_on from council where council_code = :council", LocalDate.class)
                .setParameter("council", council).getResultList().stream()
                .filter(java.util.Objects::nonNull).map(LocalDate.class::cast).findFirst();
    }

    private jakarta.persistence.Query query(String sql, String council, Period period) {
        return em.createNativeQuery(sql).setParameter("council", council).setParameter("from", period.from())
                .setParameter("to", period.to());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
