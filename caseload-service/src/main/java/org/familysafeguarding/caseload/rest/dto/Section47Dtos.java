package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;

/** Section 47 enquiries and their initial child protection conference, as the CIN census records them. */
public final class Section47Dtos {

    private Section47Dtos() {
    }

    public record Start(@NotNull LocalDate startDate,
            @Schema(description = "The referral whose episode the enquiry belongs to") UUID referralId) {
    }

    public record Conclusion(
            @Schema(description = "The day the initial child protection conference was held") LocalDate conferenceDate,
            @Schema(description = "true when the enquiry ended without the need for a conference") Boolean notRequired) {
    }

    public record EnquiryResponse(UUID id, UUID childId, UUID familyId, UUID referralId, LocalDate startDate,
            @Schema(description = "15 working days from the start (the census's InitialCPCtarget); null beyond the bank holidays known") LocalDate conferenceTarget,
            LocalDate conferenceDate, boolean conferenceNotRequired, long version) {

        public static EnquiryResponse of(Section47Enquiry e) {
            return new EnquiryResponse(e.id(), e.childId(), e.familyId(), e.referralId(), e.startDate(),
                    e.conferenceTarget(), e.conferenceDate(), e.conferenceNotRequired(), e.version());
        }
    }
}
