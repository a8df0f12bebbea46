package org.familysafeguarding.caseload.domain.census;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.familysafeguarding.caseload.domain.assessment.Assessment;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;

/**
 * What a council's census return is made from, read by council and date so each query runs on an
 * index that leads with the council. Read-only: a return reads thousands of records, which the
 * transaction need not check for changes when it ends.
 */
@ApplicationScoped
public class CensusRecords {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    private final EntityManager em;

    public CensusRecords(EntityManager em) {
        this.em = em;
    }

    /**
     * Who can be in the year's return: a child with a referral on or before the census date whose
     * episode was not closed before the year began. A superset of the return (a referral of no further
     * action from an earlier year may still be open on paper); {@link CinCensusReturn} decides. Each
     * query below reads only these children and their own history, so a return costs what it holds,
     * not the council's years of closed cases.
     */
    private static final String IN_YEAR = """
            select r.childId from Referral r where r.councilCode = :council and r.referralDate <= :census
                and (r.closureDate is null or r.closureDate >= :start)""";

    /** The children who may be in the year's return, with their disabilities (one query, not one a child). */
    public List<Child> children(String council, CollectionYear year) {
        return inYear(
                        "select c from Child c left join fetch c.disabilities where c.councilCode = :council"
                                + " and c.id in (" + IN_YEAR + ")",
                        Child.class,
                        council,
                        year)
                .getResultList();
    }

    /** Their referrals up to the census date, earlier years' included (re-referrals, episodes). */
    public List<Referral> referrals(String council, CollectionYear year) {
        return inYear(
                        "from Referral x where x.councilCode = :council and x.referralDate <= :census"
                                + " and x.childId in (" + IN_YEAR + ")",
                        Referral.class,
                        council,
                        year)
                .getResultList();
    }

    public List<Assessment> assessments(String council, CollectionYear year) {
        return inYear(
                        "select x from Assessment x left join fetch x.factors where x.councilCode = :council"
                                + " and x.startDate <= :census and x.childId in (" + IN_YEAR + ")",
                        Assessment.class,
                        council,
                        year)
                .getResultList();
    }

    /** Their plans up to the census date: earlier child protection plans count as previous plans. */
    public List<Plan> plans(String council, CollectionYear year) {
        return inYear(
                        "from Plan x where x.councilCode = :council and x.startDate <= :census" + " and x.childId in ("
                                + IN_YEAR + ")",
                        Plan.class,
                        council,
                        year)
                .getResultList();
    }

    public List<Section47Enquiry> section47s(String council, CollectionYear year) {
        return inYear(
                        "from Section47Enquiry x where x.councilCode = :council and x.startDate <= :census"
                                + " and x.childId in (" + IN_YEAR + ")",
                        Section47Enquiry.class,
                        council,
                        year)
                .getResultList();
    }

    private <T> TypedQuery<T> inYear(String query, Class<T> type, String council, CollectionYear year) {
        return em.createQuery(query, type)
                .setParameter("council", council)
                .setParameter("census", year.censusDate())
                .setParameter("start", year.start())
                .setHint(READ_ONLY, true);
    }

    /** The council's three-digit local authority number, from the read model of partners-service's councils. */
    public Optional<String> localAuthorityNumber(String council) {
        return em
                .createNativeQuery(
                        "select local_authority_number from council where council_code = :council", String.class)
                .setParameter("council", council)
                .getResultList()
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(String.class::cast)
                .findFirst();
    }
}
