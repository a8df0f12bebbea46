package org.familysafeguarding.caseload.domain.outcome;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The whole periods figures are published for to analysts: a calendar month, a quarter of the
 * financial year (April-June, July-September, October-December, January-March) or a financial year
 * (1 April to 31 March). Within a financial year each is the sum of the smaller ones, and no other
 * window is answered, so the only sums an analyst can take apart are these, which the secondary
 * suppression protects.
 */
public final class WholePeriods {

    public enum Kind {
        MONTH,
        QUARTER,
        FINANCIAL_YEAR
    }

    private WholePeriods() {}

    public static java.util.Optional<Kind> kindOf(Period period) {
        LocalDate from = period.from();
        if (from.getDayOfMonth() != 1) {
            return java.util.Optional.empty();
        }
        if (period.to().equals(from.plusMonths(1).minusDays(1))) {
            return java.util.Optional.of(Kind.MONTH);
        }
        if ((from.getMonthValue() - 1) % 3 == 0
                && period.to().equals(from.plusMonths(3).minusDays(1))) {
            return java.util.Optional.of(Kind.QUARTER);
        }
        if (from.getMonth() == Month.APRIL
                && period.to().equals(from.plusYears(1).minusDays(1))) {
            return java.util.Optional.of(Kind.FINANCIAL_YEAR);
        }
        return java.util.Optional.empty();
    }

    /** The financial year the day falls in. */
    public static Period financialYearOf(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        LocalDate from = LocalDate.of(startYear, 4, 1);
        return new Period(from, from.plusYears(1).minusDays(1));
    }

    public static List<Period> quartersOf(Period financialYear) {
        return IntStream.range(0, 4)
                .mapToObj(q -> {
                    LocalDate from = financialYear.from().plusMonths(3L * q);
                    return new Period(from, from.plusMonths(3).minusDays(1));
                })
                .toList();
    }

    public static List<Period> monthsOf(Period quarter) {
        return IntStream.range(0, 3)
                .mapToObj(m -> {
                    LocalDate from = quarter.from().plusMonths(m);
                    return new Period(from, from.plusMonths(1).minusDays(1));
                })
                .toList();
    }
}
