package org.familysafeguarding.partners.messaging.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner agency's details changed; the whole current state. Organisation data only. */
public record AgencyUpdated(
        UUID agencyId,
        String name,
        String kind,
        /** For a council's in-house team only: the council's GSS code (added in place: consumers ignore what they do not know). */
        String councilCode,
        String charityNumber,
        String companiesHouseNumber,
        String odsCode,
        List<String> serviceTypes,
        Instant updatedAt)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.agency-updated.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
