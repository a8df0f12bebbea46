package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.NhsReferral;

/** An NHS trust referred a parent of a family of the council; which parent, and why, is not said. */
public record NhsReferralReceived(
        UUID referralId, String councilCode, String senderOdsCode, String priority, Instant receivedAt)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.nhs-referral-received.v1";

    public static NhsReferralReceived of(NhsReferral referral) {
        return new NhsReferralReceived(
                referral.id(),
                referral.councilCode(),
                referral.senderOdsCode(),
                referral.priority(),
                referral.receivedAt());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return referralId.toString();
    }
}
