package org.familysafeguarding.contracts.domain.kpi;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;

/**
 * A quarter of a financial year (1 April - 31 March): Q1 April-June, Q2 July-September, Q3
 * October-December, Q4 January-March. Written {@code 2025-26-Q1}.
 */
public record FinancialQuarter(int startYear, int quarter) implements Comparable<FinancialQuarter> {

    public static final String PATTERN = "\\d{4}-\\d{2}-Q[1-4]";
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static FinancialQuarter of(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12;
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new FinancialQuarter(startYear, monthsIntoYear / 3 + 1);
    }

    public static FinancialQuarter parse(String written) {
        Matcher m = WRITTEN.matcher(written == null ? "" : written);
        if (!m.matches() || Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100) {
            throw new ContractRuleViolated(
                    "quarter-invalid", "A financial quarter is written like 2025-26-Q1, not " + written + ".");
        }
        return new FinancialQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public FinancialQuarter next() {
        return quarter == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, quarter + 1);
    }

    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(startYear - 1, 4) : new FinancialQuarter(startYear, quarter - 1);
    }

    /** The latest quarter that has closed by {@code today}: one closes on the day after its end plus {@code graceDays}. */
    public static FinancialQuarter lastClosedBy(LocalDate today, int graceDays) {
        LocalDate lastDayThatCanBeClosed = today.minusDays(graceDays + 1L);
        FinancialQuarter quarter = of(lastDayThatCanBeClosed);
        return quarter.end().equals(lastDayThatCanBeClosed) ? quarter : quarter.previous();
    }

    public String financialYear() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return financialYear() + "-Q" + quarter;
    }
}
