package org.familysafeguarding.contracts.domain.tender;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ModeratedScoreRepository implements PanacheRepositoryBase<ModeratedScore, ModeratedScore.Key> {

    public List<ModeratedScore> ofTender(UUID contractId) {
        return list("contractId", Sort.by("bidId").and("criterionId"), contractId);
    }
}
