package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;

public record PlanResponse(UUID id, UUID childId, UUID familyId, PlanKind kind, LocalDate startDate,
        LocalDate endDate, String closureReason, String initialCategory, String latestCategory,
        @Schema(description = "Child protection: the child had a child protection plan before this one") boolean secondOrLater,
        String legalStatus, long version) {

    public static PlanResponse of(Plan p) {
        return new PlanResponse(p.id(), p.childId(), p.familyId(), p.kind(), p.startDate(), p.endDate(),
                p.closureReason(), p.initialCategory(), p.latestCategory(), p.secondOrLater(), p.legalStatus(),
                p.version());
    }
}
