package org.familysafeguarding.partners.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.CheckOutcome;
import org.familysafeguarding.partners.domain.duediligence.CheckType;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheck;

@Schema(name = "DueDiligenceCheck")
public record DueDiligenceCheckResponse(
        UUID id,
        UUID agencyId,
        String councilCode,
        CheckType type,
        CheckOutcome outcome,
        Integer score,
        String evidenceReference,
        String checkedBy,
        LocalDate checkedOn,
        LocalDate expiresOn,
        Instant recordedAt) {

    public static DueDiligenceCheckResponse of(DueDiligenceCheck c) {
        return new DueDiligenceCheckResponse(
                c.id(),
                c.agencyId(),
                c.councilCode(),
                c.type(),
                c.outcome(),
                c.score(),
                c.evidenceReference(),
                c.checkedBy(),
                c.checkedOn(),
                c.expiresOn(),
                c.recordedAt());
    }
}
