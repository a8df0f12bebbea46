package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of caseload-service's {@code intervention-recorded.v1}. {@code service} (the
 * allocation's partner service) and {@code familyId} are optional: older events lack them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterventionRecorded(
        UUID interventionId,
        String councilCode,
        UUID agencyId,
        String type,
        LocalDate occurredOn,
        String service,
        UUID familyId) {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-recorded.v1";
}
