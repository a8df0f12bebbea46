package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.assessment.Assessment;

public record AssessmentResponse(
        UUID id,
        UUID childId,
        UUID referralId,
        LocalDate startDate,
        LocalDate authorisationDate,
        List<String> factors,

        @Schema(description = "Working days (England and Wales) from start to authorisation")
        Integer workingDays,

        @Schema(description = "Authorised within 45 working days; null until authorised")
        Boolean withinTimescale,

        long version) {

    public static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(
                a.id(),
                a.childId(),
                a.referralId(),
                a.startDate(),
                a.authorisationDate(),
                a.factors().stream().sorted().toList(),
                a.workingDays(),
                a.withinTimescale(),
                a.version());
    }
}
