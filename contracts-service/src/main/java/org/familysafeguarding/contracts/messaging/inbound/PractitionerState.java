package org.familysafeguarding.contracts.messaging.inbound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code practitioner-registered.v1} and {@code practitioner-updated.v1}: both carry the practitioner's whole current state (the login is not read). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PractitionerState(
        UUID practitionerId, UUID agencyId, String role, BigDecimal fte, LocalDate startDate, LocalDate endDate) {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-registered.v1";
    /** practitioner-updated.v1 carries the same fields: the practitioner's whole current state. */
    public static final String UPDATED_TYPE = "org.familysafeguarding.partners.practitioner-updated.v1";
}
