package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.AccessNotification;
import org.familysafeguarding.caseload.domain.nhs.FlagKind;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;

/** What the council's staff see of the NHS exchange. */
public final class NhsDtos {

    private NhsDtos() {
    }

    /** An NHS look-up that was told of this child's plans. */
    public record AccessNotificationResponse(UUID id, UUID childId, String odsCode, String system, String endUser,
            Set<FlagKind> flags, Instant accessedAt) {

        public static AccessNotificationResponse of(AccessNotification n) {
            return new AccessNotificationResponse(n.id(), n.childId(), n.odsCode(), n.system(), n.endUser(), n.flags(),
                    n.accessedAt());
        }
    }

    /**
     * An NHS referral of a parent: who sent it and what they ask for, read off the ServiceRequest.
     *
     * @param requested the ServiceRequest's code (its text, or the displays of its codings)
     * @param reasons the reasons given (texts or displays)
     */
    public record NhsReferralResponse(UUID id, UUID adultId, UUID familyId, NhsReferral.Status status, String priority,
            Instant authoredOn, Instant receivedAt, String senderOdsCode, String senderReference, String requested,
            List<String> reasons) {
    }
}
