package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

public record PractitionerLeftTeam(UUID practitionerId, UUID teamId, String councilCode, LocalDate to)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-left-team.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return teamId.toString();
    }
}
