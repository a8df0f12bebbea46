package org.familysafeguarding.caseload.domain.probation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RiskFlagChangeRepository implements PanacheRepositoryBase<RiskFlagChange, UUID> {

    public List<RiskFlagChange> ofFlag(UUID flagId) {
        return list("flagId = ?1 order by occurredAt, recordedAt", flagId);
    }
}
