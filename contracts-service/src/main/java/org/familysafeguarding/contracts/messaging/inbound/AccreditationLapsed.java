package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code accreditation-lapsed.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccreditationLapsed(UUID agencyId, String councilCode, LocalDate lapsedOn, String reason) {

    public static final String TYPE = "org.familysafeguarding.partners.accreditation-lapsed.v1";
}
