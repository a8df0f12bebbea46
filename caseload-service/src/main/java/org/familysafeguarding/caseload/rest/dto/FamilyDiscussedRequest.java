package org.familysafeguarding.caseload.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.familysafeguarding.caseload.domain.supervision.RiskRating;
import org.familysafeguarding.platform.text.FreeText;

public record FamilyDiscussedRequest(
        @NotNull UUID familyId,
        @NotNull RiskRating riskRating,
        @NotBlank @Size(max = 2000) @FreeText String decision) {}
