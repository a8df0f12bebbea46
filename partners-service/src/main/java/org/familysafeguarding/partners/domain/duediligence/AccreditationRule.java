package org.familysafeguarding.partners.domain.duediligence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An agency is accredited by a council when the latest check of every type the council makes
 * mandatory has passed and has not expired. A council with no mandatory checks accredits no one:
 * it has not yet said what it needs.
 */
public final class AccreditationRule {

    /** Why an agency is not accredited, in the order a commissioner would fix it. */
    public enum Shortfall {
        NO_POLICY,
        CHECK_MISSING,
        CHECK_FAILED,
        CHECK_EXPIRED
    }

    /**
     * @param metOn when accredited: the day the last of the mandatory checks was made (the checks' own
     *        date, so that an accreditation recorded today from earlier checks dates from them)
     */
    public record Verdict(
            boolean accredited,
            Optional<LocalDate> validUntil,
            Optional<Shortfall> shortfall,
            Set<CheckType> failingTypes,
            Optional<LocalDate> metOn) {

        public Verdict(
                boolean accredited,
                Optional<LocalDate> validUntil,
                Optional<Shortfall> shortfall,
                Set<CheckType> failingTypes) {
            this(accredited, validUntil, shortfall, failingTypes, Optional.empty());
        }
    }

    private AccreditationRule() {}

    public static Verdict evaluate(Set<CheckType> mandatory, Collection<DueDiligenceCheck> checks, LocalDate day) {
        if (mandatory.isEmpty()) {
            return new Verdict(false, Optional.empty(), Optional.of(Shortfall.NO_POLICY), Set.of());
        }
        Map<CheckType, DueDiligenceCheck> latest = new EnumMap<>(CheckType.class);
        checks.stream()
                .sorted(Comparator.comparing(DueDiligenceCheck::checkedOn).thenComparing(DueDiligenceCheck::recordedAt))
                .forEach(check -> latest.put(check.type(), check));

        Map<Shortfall, Set<CheckType>> shortfalls = new EnumMap<>(Shortfall.class);
        LocalDate validUntil = null;
        LocalDate metOn = null;
        for (CheckType type : mandatory) {
            DueDiligenceCheck check = latest.get(type);
            Shortfall problem = check == null
                    ? Shortfall.CHECK_MISSING
                    : check.outcome() == CheckOutcome.FAILED
                            ? Shortfall.CHECK_FAILED
                            : check.expiresOn().isBefore(day) ? Shortfall.CHECK_EXPIRED : null;
            if (problem != null) {
                shortfalls
                        .computeIfAbsent(problem, p -> EnumSet.noneOf(CheckType.class))
                        .add(type);
            } else {
                if (validUntil == null || check.expiresOn().isBefore(validUntil)) {
                    validUntil = check.expiresOn();
                }
                if (metOn == null || check.checkedOn().isAfter(metOn)) {
                    metOn = check.checkedOn();
                }
            }
        }
        if (shortfalls.isEmpty()) {
            return new Verdict(true, Optional.of(validUntil), Optional.empty(), Set.of(), Optional.of(metOn));
        }
        var first = shortfalls.entrySet().iterator().next();
        Set<CheckType> failing = EnumSet.noneOf(CheckType.class);
        shortfalls.values().forEach(failing::addAll);
        return new Verdict(false, Optional.empty(), Optional.of(first.getKey()), failing);
    }
}
