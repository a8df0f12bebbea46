package org.familysafeguarding.partners.messaging.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A practitioner was updated; the whole current state. No name: the id, the login that ties a
 * token to them, and what other services need to allocate work and count staff in post.
 */
public record PractitionerUpdated(
        UUID practitionerId,
        UUID agencyId,
        String role,
        BigDecimal fte,
        LocalDate startDate,
        LocalDate endDate,
        String login)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.practitioner-updated.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return practitionerId.toString();
    }
}
