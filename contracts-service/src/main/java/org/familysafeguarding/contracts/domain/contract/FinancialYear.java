package org.familysafeguarding.contracts.domain.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A council financial year, 1 April to 31 March, written {@code 2024-25}. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** @throws ContractRuleViolated when not written like {@code 2024-25} */
    public static FinancialYear parse(String written) {
        var m = written == null ? null : WRITTEN.matcher(written);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new ContractRuleViolated(
                    "financial-year-unreadable", "'" + written + "' is not a financial year written like 2024-25.");
        }
        return new FinancialYear(Integer.parseInt(m.group(1)));
    }

    /** The financial years a period touches, in order. */
    public static List<FinancialYear> spanning(LocalDate from, LocalDate to) {
        List<FinancialYear> years = new ArrayList<>();
        for (var year = of(from); !year.start().isAfter(to); year = new FinancialYear(year.startYear + 1)) {
            years.add(year);
        }
        return years;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    /** Days of the period {@code from..to} (inclusive) that fall in this year. */
    public long daysOf(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(start()) ? from : start();
        LocalDate last = to.isBefore(end()) ? to : end();
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
