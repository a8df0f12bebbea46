package org.familysafeguarding.caseload.domain.census;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    /** Children of the council referred on or before the census date. */
    public List<Child> referredChildren(String council, LocalDate censusDate) {
        return em.createQuery("""
                select c from Child c where c.councilCode = :council and exists (
                    select 1 from Referral r where r.childId = c.id and r.councilCode = :council and r.referralDate <= :census)
                """, Child.class)
                .setParameter("council", council)
                .setParameter("census", censusDate)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    public List<Referral> referrals(String council, LocalDate censusDate) {
        return em.createQuery(
                        "from Referral r where r.councilCode = :council and r.referralDate <= :census", Referral.class)
                .setParameter("council", council)
                .setParameter("census", censusDate)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    public List<Assessment> assessments(String council, LocalDate censusDate) {
        return em.createQuery(
                        "from Assessment a where a.councilCode = :council and a.startDate <= :census", Assessment.class)
                .setParameter("council", council)
                .setParameter("census", censusDate)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    public List<Plan> plans(String council, LocalDate censusDate) {
        return em.createQuery("from Plan p where p.councilCode = :council and p.startDate <= :census", Plan.class)
                .setParameter("council", council)
                .setParameter("census", censusDate)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    public List<Section47Enquiry> section47s(String council, LocalDate censusDate) {
        return em.createQuery(
                        "from Section47Enquiry s where s.councilCode = :council and s.startDate <= :census",
                        Section47Enquiry.class)
                .setParameter("council", council)
                .setParameter("census", censusDate)
                .setHint(READ_ONLY, true)
                .getResultList();
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
