package org.familysafeguarding.partners.domain.duediligence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AccreditationChangeRepository implements PanacheRepositoryBase<AccreditationChange, UUID> {

    public List<AccreditationChange> ofAgency(UUID agencyId) {
        return list("agencyId", Sort.by("councilCode").and("recordedAt"), agencyId);
    }
}
