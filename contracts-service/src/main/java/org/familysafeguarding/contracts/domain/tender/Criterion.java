package org.familysafeguarding.contracts.domain.tender;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One evaluation criterion; weight and maximum score are for quality (weight also for price) only. */
@Embeddable
public record Criterion(
        @Column(name = "id", nullable = false) UUID id,
        @Column(name = "position", nullable = false) int position,

        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false)
        CriterionKind kind,

        @Column(name = "title", nullable = false) String title,
        @Column(name = "description") String description,
        @Column(name = "weight") Integer weight,
        @Column(name = "max_score") Integer maxScore) {

    public boolean scoredByEvaluators() {
        return kind != CriterionKind.PRICE;
    }
}
