package org.familysafeguarding.partners.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A council's details changed; the whole current state, so a consumer can simply replace its copy. */
public record CouncilUpdated(
        String councilCode,
        String name,
        String localAuthorityNumber,
        LocalDate modelAdoptedOn,
        String inHoursPhone,
        String outOfHoursPhone,
        List<CouncilFigures.Population> childPopulation,
        CouncilFigures.Thresholds decisionThresholds,
        Instant updatedAt)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.council-updated.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return councilCode;
    }
}
