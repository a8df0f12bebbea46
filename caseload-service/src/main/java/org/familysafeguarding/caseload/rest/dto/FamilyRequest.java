package org.familysafeguarding.caseload.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new family; its council is the caller's. */
public record FamilyRequest(
        @Schema(description = "How practitioners name the family, e.g. Ashdown family") @NotBlank @Size(max = 200)
        String name) {}
