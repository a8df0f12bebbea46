package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A council formed a Family Safeguarding team, with its protected caseload limits by role. */
public record TeamFormed(
        UUID teamId,
        String councilCode,
        UUID managerPractitionerId,
        Map<String, Integer> caseloadLimits,
        LocalDate formedOn)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.team-formed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return teamId.toString();
    }
}
