package org.familysafeguarding.contracts.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.familysafeguarding.platform.text.FreeText;

public record RecommendationRequest(
        @NotNull UUID bidId,
        @NotBlank @Size(max = 4000) @FreeText String rationale) {}
