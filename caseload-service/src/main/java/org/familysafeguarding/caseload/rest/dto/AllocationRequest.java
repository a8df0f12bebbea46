package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.allocation.Specialism;
import org.familysafeguarding.platform.text.FreeText;

/** Allocating a family to a team and its lead social worker. */
public record AllocationRequest(
        @NotNull UUID teamId,

        @Schema(description = "The lead social worker: a practitioner of the team") @NotNull
        UUID practitionerId,

        @Schema(description = "First day of the allocation; today when left out")
        LocalDate from) {

    /** Allocating an adult to a practitioner for an adult-facing specialism. */
    public record ForAdult(
            @NotNull UUID practitionerId,

            @Schema(
                    description =
                            "DOMESTIC_ABUSE_VICTIM_SURVIVOR, DOMESTIC_ABUSE_PERPETRATOR, SUBSTANCE_USE or MENTAL_HEALTH")
            @NotNull
            Specialism specialism,

            @Schema(description = "First day of the allocation; today when left out")
            LocalDate from) {}

    /** Handing an allocation over to another practitioner (and, for a family, possibly another team). */
    public record Reallocation(
            @NotNull UUID practitionerId,

            @Schema(description = "Family allocations only: the new team; the same team when left out")
            UUID teamId,

            @Schema(description = "The day the new practitioner takes over; today when left out")
            LocalDate on,

            @NotBlank @Size(max = 500) @FreeText String reason) {}

    /** Ending an allocation. */
    public record Ending(
            @Schema(description = "The allocation's last day; today when left out")
            LocalDate on,

            @NotBlank @Size(max = 500) @FreeText String reason) {}
}
