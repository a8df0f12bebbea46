package org.familysafeguarding.dashboard.view;

import java.time.LocalDate;

/** A quarter of the financial year (1 April to 31 March) as the API names it: 2026-27-Q3 is October to December 2026. */
public record FinancialQuarter(int startYear, int quarter) {

    public static FinancialQuarter of(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
        return new FinancialQuarter(startYear, quarter);
    }

    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(startYear - 1, 4) : new FinancialQuarter(startYear, quarter - 1);
    }

    public String code() {
        return "%d-%02d-Q%d".formatted(startYear, (startYear + 1) % 100, quarter);
    }
}
