package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code practitioner-left-team.v1}; {@code to} is the last day in the team. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PractitionerLeftTeam(UUID practitionerId, UUID teamId, String councilCode, LocalDate to) {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-left-team.v1";
}
