package org.familysafeguarding.caseload.messaging.inbound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of partners-service's {@code practitioner-registered.v1} and
 * {@code practitioner-updated.v1}, which carry the same whole current state.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PractitionerState(
        UUID practitionerId,
        UUID agencyId,
        String role,
        BigDecimal fte,
        LocalDate startDate,
        LocalDate endDate,
        String login) {

    public static final String REGISTERED = "org.familysafeguarding.partners.practitioner-registered.v1";
    public static final String UPDATED = "org.familysafeguarding.partners.practitioner-updated.v1";
}
