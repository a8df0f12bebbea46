package org.familysafeguarding.partners.messaging.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner agency joined the partnership register. Organisation data only: no person is named. */
public record AgencyRegistered(
        UUID agencyId,
        String name,
        String kind,
        /** For a council's in-house team only: the council's GSS code (added in place: consumers ignore what they do not know). */
        String councilCode,
        String charityNumber,
        String companiesHouseNumber,
        String odsCode,
        List<String> serviceTypes,
        Instant registeredAt)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.agency-registered.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
