package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

/** A council accredits an agency (again, or until a later date after a renewal). */
public record AgencyAccredited(UUID agencyId, String councilCode, LocalDate accreditedOn, LocalDate validUntil)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.agency-accredited.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
