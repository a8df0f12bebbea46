package org.familysafeguarding.contracts.messaging.inbound;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of partners-service's {@code agency-updated.v1} (the whole current state: a renamed
 * agency must not stay under its old name in the register and the OCDS packages): only the fields it uses,
 * and tolerant of fields added later. A test reads the publisher's committed example.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyUpdated(UUID agencyId, String name, String kind, Instant updatedAt) {

    public static final String TYPE = "org.familysafeguarding.partners.agency-updated.v1";
}
