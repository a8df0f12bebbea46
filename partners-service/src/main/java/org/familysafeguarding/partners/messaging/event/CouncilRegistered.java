package org.familysafeguarding.partners.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A council joined the partnership. Carries what other services need: thresholds, population, and the numbers NHS staff call about a child (in hours, out of hours). */
public record CouncilRegistered(
        String councilCode,
        String name,
        String localAuthorityNumber,
        LocalDate modelAdoptedOn,
        String inHoursPhone,
        String outOfHoursPhone,
        List<CouncilFigures.Population> childPopulation,
        CouncilFigures.Thresholds decisionThresholds,
        Instant registeredAt)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.council-registered.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return councilCode;
    }
}
