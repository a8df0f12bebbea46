package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;

/** A referral of a child, coded as the CIN census codes referrals. */
public record ReferralRequest(
        @NotNull LocalDate referralDate,
        @Schema(description = "CIN referral source code, e.g. 6 for the police") @NotNull @CinCode("referral-source") String source,
        @Schema(description = "CIN primary need code, N0..N9") @NotNull @CinCode("primary-need") String primaryNeed,
        @Schema(description = "What it led to, when decided") ReferralOutcome outcome) {

    public record Decision(@NotNull ReferralOutcome outcome) {
    }
}
