package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanHistory;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.service.PlanRecords;

public record PlanResponse(
        UUID id,
        UUID childId,
        UUID familyId,
        PlanKind kind,
        LocalDate startDate,
        LocalDate endDate,
        String closureReason,
        String initialCategory,
        String latestCategory,

        @Schema(description = "Child protection: the child had a child protection plan before this one")
        boolean secondOrLater,

        String legalStatus,

        @Schema(
                description =
                        "Looked after: the legal statuses of the episode with the day each applied from (read of one plan only)")
        List<PlanHistory.LegalStatusSpell> legalStatuses,

        @Schema(description = "Child protection: review conferences held (read of one plan only)")
        List<LocalDate> reviews,

        long version) {

    public static PlanResponse of(Plan p) {
        return of(p, null, null);
    }

    public static PlanResponse of(Plan p, List<PlanHistory.LegalStatusSpell> legalStatuses, List<LocalDate> reviews) {
        return new PlanResponse(
                p.id(),
                p.childId(),
                p.familyId(),
                p.kind(),
                p.startDate(),
                p.endDate(),
                p.closureReason(),
                p.initialCategory(),
                p.latestCategory(),
                p.secondOrLater(),
                p.legalStatus(),
                legalStatuses,
                reviews,
                p.version());
    }

    public static PlanResponse of(PlanRecords.PlanWithHistory p) {
        return of(p.plan(), p.legalStatuses(), p.reviews());
    }
}
