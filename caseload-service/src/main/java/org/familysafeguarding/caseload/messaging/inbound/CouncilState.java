package org.familysafeguarding.caseload.messaging.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of partners-service's {@code council-registered.v1} and
 * {@code council-updated.v1}: both carry the whole current state, stamped {@code registeredAt} or
 * {@code updatedAt}. Decision thresholds are of no use here and not read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilState(
        String councilCode,
        String name,
        String localAuthorityNumber,
        LocalDate modelAdoptedOn,
        String inHoursPhone,
        String outOfHoursPhone,
        List<Population> childPopulation,
        Instant registeredAt,
        Instant updatedAt) {

    public static final String REGISTERED = "org.familysafeguarding.partners.council-registered.v1";
    public static final String UPDATED = "org.familysafeguarding.partners.council-updated.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Population(Integer year, Integer children) {}

    /** The time of the state: when it was updated, or registered for the first state. */
    public Instant asOf() {
        return updatedAt != null ? updatedAt : registeredAt;
    }
}
