package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

public record PractitionerJoinedTeam(
        UUID practitionerId, UUID teamId, String councilCode, UUID agencyId, String role, LocalDate from)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-joined-team.v1";

    @Override
    public String type() {
        return TYPE;
    }

    /** Keyed by team, so a team's comings and goings stay in order. */
    @Override
    public String aggregateId() {
        return teamId.toString();
    }
}
