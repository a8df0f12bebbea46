package org.familysafeguarding.caseload.domain.workbook;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkbookProgrammeRepository implements PanacheRepositoryBase<WorkbookProgramme, String> {

    /** The council's own programme, or the default list while it has none. */
    public WorkbookProgramme inUse(String councilCode) {
        return findByIdOptional(councilCode).orElseGet(() -> findById(WorkbookProgramme.DEFAULT));
    }

    /** Serialises changes to one council's programme, its first one included (there is no row to lock yet). */
    public void lockCouncil(String councilCode) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "workbook-programme:" + councilCode)
                .getSingleResult();
    }
}
