package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;

/** A referral of a child, coded as the CIN census codes referrals. */
public record ReferralRequest(
        @NotNull LocalDate referralDate,

        @Schema(description = "CIN referral source code, e.g. 6 for the police") @NotNull @CinCode("referral-source")
        String source,

        @Schema(
                description =
                        "CIN primary need code, N0..N9; may be left out for a referral with no further action (the DfE's need is the one found at assessment)")
        @CinCode("primary-need")
        String primaryNeed,

        @Schema(description = "What it led to, when decided")
        ReferralOutcome outcome) {

    public record Decision(@NotNull ReferralOutcome outcome) {}

    /** The case closing: the CIN episode the referral opened ends on the day for a CIN reason. */
    public record EpisodeClosure(
            @NotNull LocalDate closureDate,

            @Schema(
                    description =
                            "CIN reason for closure, RC1..RC9: RC8 case closed after assessment with no further action, RC9 referred to early help")
            @NotNull
            @CinCode("reason-for-closure")
            String reason) {}
}
