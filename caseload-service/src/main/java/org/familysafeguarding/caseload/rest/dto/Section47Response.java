package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;

public record Section47Response(
        UUID id,
        UUID childId,
        UUID familyId,
        UUID referralId,
        LocalDate startDate,

        @Schema(
                description =
                        "15 working days from the start (the census's InitialCPCtarget); null beyond the bank holidays known")
        LocalDate conferenceTarget,

        LocalDate conferenceDate,
        boolean conferenceNotRequired,
        long version) {

    public static Section47Response of(Section47Enquiry e) {
        return new Section47Response(
                e.id(),
                e.childId(),
                e.familyId(),
                e.referralId(),
                e.startDate(),
                e.conferenceTarget(),
                e.conferenceDate(),
                e.conferenceNotRequired(),
                e.version());
    }
}
