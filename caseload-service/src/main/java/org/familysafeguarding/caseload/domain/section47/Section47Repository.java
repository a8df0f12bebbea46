package org.familysafeguarding.caseload.domain.section47;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class Section47Repository implements PanacheRepositoryBase<Section47Enquiry, UUID> {

    public List<Section47Enquiry> ofChild(UUID childId) {
        return list("childId", Sort.by("startDate").and("id"), childId);
    }
}
