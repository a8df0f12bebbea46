package org.familysafeguarding.caseload.domain.outcome;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BusinessCaseRepository implements PanacheRepositoryBase<BusinessCase, String> {

    /** Serialises changes to one council's business case, its first setting included (no row to lock yet). */
    public void lockCouncil(String councilCode) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "business-case:" + councilCode)
                .getSingleResult();
    }
}
