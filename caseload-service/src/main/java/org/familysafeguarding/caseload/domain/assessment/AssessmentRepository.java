package org.familysafeguarding.caseload.domain.assessment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The child's assessments, latest first. */
    public PanacheQuery<Assessment> ofChild(UUID childId) {
        return find("childId", Sort.descending("startDate").and("id"), childId);
    }
}
