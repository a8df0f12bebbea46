package org.familysafeguarding.caseload.domain.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public List<Plan> ofChild(UUID childId, PlanKind kind) {
        return list("childId = ?1 and kind = ?2", Sort.by("startDate"), childId, kind);
    }

    /** The child's plans, optionally of one kind, latest first. */
    public PanacheQuery<Plan> ofChildLatestFirst(UUID childId, PlanKind kind) {
        Sort sort = Sort.descending("startDate").and("id");
        return kind == null ? find("childId", sort, childId) : find("childId = ?1 and kind = ?2", sort, childId, kind);
    }
}
