package org.familysafeguarding.caseload.domain.census;

import java.time.LocalDate;

/**
 * A CIN census collection year: 1 April of the year before to 31 March of the year named, the
 * census date. The 2026 return covers 1 April 2025 to 31 March 2026.
 */
public record CollectionYear(int year) {

    public CollectionYear {
        if (year < 2000 || year > 2100) {
            throw new CensusRuleViolated("collection-year-out-of-range", "A collection year is between 2000 and 2100.");
        }
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, 4, 1);
    }

    public LocalDate censusDate() {
        return LocalDate.of(year, 3, 31);
    }

    /** A return can be made once the census date has passed, or on it. */
    public void requireReached(LocalDate today) {
        if (today.isBefore(censusDate())) {
            throw new CensusRuleViolated(
                    "census-date-not-reached",
                    "The " + year + " census date (" + censusDate() + ") has not been reached.");
        }
    }
}
