package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of caseload-service's {@code intervention-recorded.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterventionRecorded(UUID interventionId, String councilCode, UUID agencyId, String type,
        LocalDate occurredOn) {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-recorded.v1";
}
