package org.familysafeguarding.caseload.domain.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The rules over one child's plans of one kind: no two overlap (one may end on the day the next
 * starts), and a child protection plan is a second or later plan when the child had one before.
 */
public final class PlanTimeline {

    private PlanTimeline() {}

    /** A period from its start to its end (open when the end is null); the end day is when it stopped. */
    public record Period(UUID id, LocalDate start, LocalDate end) {

        boolean overlaps(Period other) {
            boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
            boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
            return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
        }
    }

    /** @throws PlanRuleViolated when the period ends before it starts or overlaps another of the same kind */
    public static void requireFits(PlanKind kind, Period period, Collection<Period> othersOfKind) {
        if (period.end() != null && period.end().isBefore(period.start())) {
            throw new PlanRuleViolated(
                    "ends-before-start",
                    "A plan cannot end (" + period.end() + ") before it starts (" + period.start() + ").");
        }
        for (Period other : othersOfKind) {
            if (!other.id().equals(period.id()) && period.overlaps(other)) {
                throw new PlanRuleViolated(
                        "overlapping-plans",
                        "The child already has a " + label(kind) + " from "
                                + other.start() + (other.end() == null ? ", still open" : " to " + other.end())
                                + "; plans of one kind cannot overlap.");
            }
        }
    }

    /** True when another plan of the kind started before this one. */
    public static boolean secondOrLater(Period period, List<Period> othersOfKind) {
        return othersOfKind.stream()
                .anyMatch(o -> !o.id().equals(period.id()) && o.start().isBefore(period.start()));
    }

    static String label(PlanKind kind) {
        return kind.name().toLowerCase().replace('_', ' ') + (kind == PlanKind.LOOKED_AFTER ? " episode" : " plan");
    }
}
