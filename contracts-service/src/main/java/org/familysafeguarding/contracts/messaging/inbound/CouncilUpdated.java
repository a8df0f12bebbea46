package org.familysafeguarding.contracts.messaging.inbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code council-updated.v1}: the council's whole current state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilUpdated(
        String councilCode, String name, CouncilRegistered.Thresholds decisionThresholds, Instant updatedAt) {

    public static final String TYPE = "org.familysafeguarding.partners.council-updated.v1";
}
