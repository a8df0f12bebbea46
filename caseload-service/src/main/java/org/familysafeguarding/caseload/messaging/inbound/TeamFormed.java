package org.familysafeguarding.caseload.messaging.inbound;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code team-formed.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamFormed(
        UUID teamId,
        String councilCode,
        UUID managerPractitionerId,
        Map<String, Integer> caseloadLimits,
        LocalDate formedOn) {

    public static final String TYPE = "org.familysafeguarding.partners.team-formed.v1";
}
