package org.familysafeguarding.contracts.messaging.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of caseload-service's {@code intervention-voided.v1}: the intervention no longer counts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterventionVoided(
        UUID interventionId, String councilCode, UUID agencyId, String type, LocalDate occurredOn, Instant voidedAt) {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-voided.v1";
}
