package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code team-formed.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamFormed(UUID teamId, String councilCode, LocalDate formedOn) {

    public static final String TYPE = "org.familysafeguarding.partners.team-formed.v1";
}
