package org.familysafeguarding.caseload.domain.workbook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkbookRepository implements PanacheRepositoryBase<WorkbookEntry, UUID> {

    public List<WorkbookEntry> ofAdult(UUID adultId) {
        return list("adultId", adultId);
    }

    public List<WorkbookEntry> ofAdultAndModule(UUID adultId, String moduleCode) {
        return list("adultId = ?1 and moduleCode = ?2", adultId, moduleCode);
    }
}
