package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code practitioner-joined-team.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PractitionerJoinedTeam(
        UUID practitionerId, UUID teamId, String councilCode, UUID agencyId, String role, LocalDate from) {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-joined-team.v1";
}
