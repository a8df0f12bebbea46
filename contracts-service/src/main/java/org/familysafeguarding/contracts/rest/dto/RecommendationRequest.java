package org.familysafeguarding.contracts.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RecommendationRequest(@NotNull UUID bidId, @NotBlank @Size(max = 4000) String rationale) {
}
