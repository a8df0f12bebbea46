package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;

public record ReferralResponse(
        UUID id,
        UUID childId,
        UUID familyId,
        LocalDate referralDate,
        String source,
        String primaryNeed,
        ReferralOutcome outcome,

        @Schema(description = "Within 12 months of a previous referral of the same child")
        boolean reReferral,

        @Schema(description = "When the CIN episode this referral opened closed; null while open")
        LocalDate closureDate,

        @Schema(description = "CIN reason for closure, RC1..RC9 (RC8 for no further action)")
        String closureReason,

        long version) {

    public static ReferralResponse of(Referral r) {
        return new ReferralResponse(
                r.id(),
                r.childId(),
                r.familyId(),
                r.referralDate(),
                r.source(),
                r.primaryNeed(),
                r.outcome(),
                r.reReferral(),
                r.closureDate(),
                r.closureReason(),
                r.version());
    }
}
