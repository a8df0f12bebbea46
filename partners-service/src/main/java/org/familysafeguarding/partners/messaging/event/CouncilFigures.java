package org.familysafeguarding.partners.messaging.event;

import java.math.BigDecimal;
import java.util.List;

import org.familysafeguarding.partners.domain.Council;

/** The parts of council events that are shared by their versions. */
public final class CouncilFigures {

    public record Population(int year, int children) {
    }

    public record Thresholds(BigDecimal keyDecision, BigDecimal officerUpTo, BigDecimal cabinetMemberUpTo) {
    }

    private CouncilFigures() {
    }

    static List<Population> population(Council council) {
        return council.childPopulation().stream().map(p -> new Population(p.year(), p.children())).toList();
    }

    static Thresholds thresholds(Council council) {
        var t = council.decisionThresholds();
        return new Thresholds(t.keyDecision(), t.officerUpTo(), t.cabinetMemberUpTo());
    }

    public static CouncilRegistered registered(Council council) {
        return new CouncilRegistered(council.code(), council.name(), council.localAuthorityNumber(),
                council.modelAdoptedOn(), council.inHoursPhone(),
                council.outOfHoursPhone(), population(council), thresholds(council), council.registeredAt());
    }

    public static CouncilUpdated updated(Council council) {
        return new CouncilUpdated(council.code(), council.name(), council.localAuthorityNumber(),
                council.modelAdoptedOn(), council.inHoursPhone(),
                council.outOfHoursPhone(), population(council), thresholds(council), council.updatedAt());
    }
}
