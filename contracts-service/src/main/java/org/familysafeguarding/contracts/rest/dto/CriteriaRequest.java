package org.familysafeguarding.contracts.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.tender.CriterionKind;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation.CriterionPlan;
import org.familysafeguarding.platform.text.FreeText;

@Schema(
        description = "The evaluation criteria, all of them, set before bids open. Mandatory criteria are pass/fail "
                + "without weight; quality and price weights add up to 100; at most one price criterion.")
public record CriteriaRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Criterion> criteria) {

    public record Criterion(
            @NotNull CriterionKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) @FreeText String description,

            @Schema(description = "Quality and price only: 1-100")
            Integer weight,

            @Schema(description = "Quality only: marks run from 0 to this (1-10, default 5)")
            Integer maxScore) {}

    public List<CriterionPlan> toPlans() {
        return criteria.stream()
                .map(c -> new CriterionPlan(c.kind(), c.title(), c.description(), c.weight(), c.maxScore()))
                .toList();
    }
}
