package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.intervention.Intervention;
import org.familysafeguarding.caseload.domain.intervention.InterventionType;
import org.familysafeguarding.caseload.domain.intervention.TestResult;
import org.familysafeguarding.caseload.service.InterventionRecords;

public record InterventionResponse(
        UUID id,
        UUID adultId,
        UUID allocationId,
        UUID practitionerId,
        UUID agencyId,
        InterventionType type,
        LocalDate occurredOn,
        int durationMinutes,
        TestResult testResult,

        @Schema(description = "Whether the intervention has notes, shown even when their text is not")
        boolean hasNotes,

        @Schema(description = "The text, only for the recording agency or when shared")
        String notes,

        boolean notesShared,
        Instant recordedAt,
        boolean voided,
        Instant voidedAt,
        String voidReason,
        long version) {

    public static InterventionResponse of(InterventionRecords.Seen seen) {
        Intervention i = seen.intervention();
        return new InterventionResponse(
                i.id(),
                i.adultId(),
                i.allocationId(),
                i.practitionerId(),
                i.agencyId(),
                i.type(),
                i.occurredOn(),
                i.durationMinutes(),
                i.testResult(),
                i.notes() != null,
                seen.notesReadable() ? i.notes() : null,
                i.notesShared(),
                i.recordedAt(),
                i.voided(),
                i.voidedAt(),
                i.voidReason(),
                i.version());
    }
}
