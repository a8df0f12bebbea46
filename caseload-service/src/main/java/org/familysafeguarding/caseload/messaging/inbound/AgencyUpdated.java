package org.familysafeguarding.caseload.messaging.inbound;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code agency-updated.v1}: the whole current state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyUpdated(UUID agencyId, String name, String kind, String councilCode, Instant updatedAt) {

    public static final String TYPE = "org.familysafeguarding.partners.agency-updated.v1";
}
