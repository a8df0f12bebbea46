package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agency is no longer accredited by a council: a mandatory check expired, failed or is missing. */
public record AccreditationLapsed(
        UUID agencyId, String councilCode, LocalDate lapsedOn, String reason, List<String> checkTypes)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.accreditation-lapsed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
