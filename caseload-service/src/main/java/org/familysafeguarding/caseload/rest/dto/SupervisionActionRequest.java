package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.platform.text.FreeText;

public record SupervisionActionRequest(
        @NotNull UUID familyId,
        @NotBlank @Size(max = 1000) @FreeText String description,

        @NotNull @Schema(description = "The practitioner (partners-service id) who owns the action")
        UUID ownerId,

        @NotNull LocalDate dueDate) {}
