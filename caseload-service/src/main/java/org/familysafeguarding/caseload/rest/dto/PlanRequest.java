package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;

/** The start of a plan or episode. */
public record PlanRequest(
        @NotNull PlanKind kind,
        @NotNull LocalDate startDate,
        @Schema(description = "Child protection only: CIN category of abuse (NEG, PHY, SAB, EMO, MUL)")
        @CinCode("category-of-abuse") String categoryOfAbuse,
        @Schema(description = "Looked after only: SSDA903 legal status, e.g. C2 full care order, V2 section 20")
        @CinCode("legal-status") String legalStatus,
        @Schema(description = "Only when recording a plan that is already over") LocalDate endDate,
        @Schema(description = "With endDate: CIN reason for closure, RC1..RC9") @CinCode("reason-for-closure")
        String closureReason) {

    public Plan.Start toStart() {
        return new Plan.Start(kind, startDate, categoryOfAbuse, legalStatus, endDate, closureReason);
    }

    /** Closing a plan: its end date and the CIN reason for closure. */
    public record Closure(@NotNull LocalDate endDate,
            @Schema(description = "CIN reason for closure, RC1..RC9") @NotNull @CinCode("reason-for-closure") String reason) {
    }

    /** A child protection plan's latest category of abuse. */
    public record Category(@NotNull @CinCode("category-of-abuse") String latestCategory) {
    }
}
