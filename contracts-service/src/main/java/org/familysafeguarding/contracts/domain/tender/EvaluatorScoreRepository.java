package org.familysafeguarding.contracts.domain.tender;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EvaluatorScoreRepository implements PanacheRepositoryBase<EvaluatorScore, UUID> {

    private static final Sort ORDER = Sort.by("evaluator").and("bidId").and("criterionId");

    public List<EvaluatorScore> ofTender(UUID contractId) {
        return list("contractId", ORDER, contractId);
    }

    public List<EvaluatorScore> ofEvaluator(UUID contractId, String evaluator) {
        return list("contractId = ?1 and evaluator = ?2", ORDER, contractId, evaluator);
    }

    public Optional<EvaluatorScore> mark(UUID bidId, UUID criterionId, String evaluator) {
        return find("bidId = ?1 and criterionId = ?2 and evaluator = ?3", bidId, criterionId, evaluator)
                .firstResultOptional();
    }
}
