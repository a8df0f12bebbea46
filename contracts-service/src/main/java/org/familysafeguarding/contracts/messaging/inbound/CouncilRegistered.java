package org.familysafeguarding.contracts.messaging.inbound;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of partners-service's {@code council-registered.v1}: the council and its
 * decision thresholds. Tolerant of fields it does not use; a test reads the publisher's example.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilRegistered(String councilCode, String name, Thresholds decisionThresholds, Instant registeredAt) {

    public static final String TYPE = "org.familysafeguarding.partners.council-registered.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(BigDecimal keyDecision, BigDecimal officerUpTo, BigDecimal cabinetMemberUpTo) {}
}
