package org.familysafeguarding.caseload.messaging.inbound;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of partners-service's {@code agency-registered.v1}: only the fields it uses,
 * and tolerant of fields added later. A test reads the publisher's committed example.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyRegistered(UUID agencyId, String name, String kind, String councilCode, Instant registeredAt) {

    public static final String TYPE = "org.familysafeguarding.partners.agency-registered.v1";
}
