package org.familysafeguarding.caseload.domain.probation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProbationActivityRepository implements PanacheRepositoryBase<ProbationActivity, UUID> {

    public List<ProbationActivity> ofAdult(UUID adultId) {
        return list("adultId = ?1 order by occurredAt desc", adultId);
    }
}
