package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.AccessNotification;
import org.familysafeguarding.caseload.domain.nhs.FlagKind;

/** An NHS look-up that was told of this child's plans. */
public record AccessNotificationResponse(
        UUID id, UUID childId, String odsCode, String system, String endUser, Set<FlagKind> flags, Instant accessedAt) {

    public static AccessNotificationResponse of(AccessNotification n) {
        return new AccessNotificationResponse(
                n.id(), n.childId(), n.odsCode(), n.system(), n.endUser(), n.flags(), n.accessedAt());
    }
}
