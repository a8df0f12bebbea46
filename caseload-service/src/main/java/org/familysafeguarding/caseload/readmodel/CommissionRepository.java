package org.familysafeguarding.caseload.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommissionRepository implements PanacheRepositoryBase<Commission, UUID> {

    public boolean commission(UUID agencyId, String service, String council, LocalDate date) {
        return list("agencyId = ?1 and councilCode = ?2", agencyId, council).stream()
                .anyMatch(c -> c.commissions(agencyId, service, council, date));
    }
}
