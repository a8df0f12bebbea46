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
        @CinCode("category-of-abuse")
        String categoryOfAbuse,

        @Schema(description = "Looked after only: SSDA903 legal status, e.g. C2 full care order, V2 section 20")
        @CinCode("legal-status")
        String legalStatus,

        @Schema(description = "Only when recording a plan that is already over")
        LocalDate endDate,

        @Schema(
                description =
                        "With endDate, looked after only: SSDA903 reason episode ceased (E2..E9, X1); the CIN reason for closure goes on the case's episode")
        String closureReason) {

    public Plan.Start toStart() {
        return new Plan.Start(kind, startDate, categoryOfAbuse, legalStatus, endDate, closureReason);
    }

    /** Ending a plan: its end date; a looked-after episode also its SSDA903 reason episode ceased. */
    public record Closure(
            @NotNull LocalDate endDate,

            @Schema(description = "Looked after only: SSDA903 reason episode ceased (E2..E9, X1)")
            @CinCode("reason-episode-ceased")
            String reason) {}

    /** A looked-after child's new legal status and the day it applies from. */
    public record LegalStatusChange(
            @NotNull @CinCode("legal-status") String legalStatus,
            @NotNull LocalDate from) {}

    /** A child protection plan's review conference. */
    public record Review(@NotNull LocalDate reviewDate) {}

    /** A child protection plan's latest category of abuse. */
    public record Category(
            @NotNull @CinCode("category-of-abuse") String latestCategory) {}
}
