package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A business case year by year: for each scenario the cost avoidance the report states for each year,
 * the investment and grant, and the net position (avoidance less investment, plus grant); over all the
 * years the stated total, the part of it the report gives for no single year, and the net.
 */
public record BusinessCasePosition(
        BigDecimal investmentOverYears, BigDecimal grantOverYears, List<ScenarioPosition> scenarios) {

    /**
     * @param avoidance the year's cost avoidance as the report states it; null when it states none for the year
     * @param net avoidance - investment + grant; null when the year's avoidance is not stated
     */
    public record YearPosition(
            int year, BigDecimal avoidance, BigDecimal investment, BigDecimal grant, BigDecimal net) {}

    /**
     * @param annualByYear3 the yearly avoidance stated for year 3 (the reports' "by year 3")
     * @param totalOverYears the stated total, or the sum of the years when every year is stated
     * @param inNoSingleYear the part of the stated total the report gives for no single year (e.g. years 1 and 2 together)
     * @param netInYear3 year 3's avoidance less its investment, plus its grant
     * @param netOverYears the total avoidance less all investment, plus all grant
     */
    public record ScenarioPosition(
            String name,
            List<YearPosition> years,
            BigDecimal annualByYear3,
            BigDecimal totalOverYears,
            BigDecimal inNoSingleYear,
            BigDecimal netInYear3,
            BigDecimal netOverYears) {}

    static BusinessCasePosition of(List<BusinessCase.Year> years, List<BusinessCase.Scenario> scenarios) {
        BigDecimal investment =
                years.stream().map(BusinessCase.Year::investment).reduce(zero(), BigDecimal::add);
        BigDecimal grant = years.stream().map(BusinessCase.Year::grant).reduce(zero(), BigDecimal::add);
        var positions = new ArrayList<ScenarioPosition>();
        for (BusinessCase.Scenario scenario : scenarios) {
            var lines = new ArrayList<YearPosition>();
            int span = Math.max(years.size(), scenario.yearly().size());
            for (int y = 1; y <= span; y++) {
                BigDecimal avoided =
                        y <= scenario.yearly().size() ? scenario.yearly().get(y - 1) : null;
                BigDecimal invested = y <= years.size() ? years.get(y - 1).investment() : zero();
                BigDecimal granted = y <= years.size() ? years.get(y - 1).grant() : zero();
                lines.add(new YearPosition(
                        y,
                        avoided,
                        invested,
                        granted,
                        avoided == null ? null : avoided.subtract(invested).add(granted)));
            }
            BigDecimal stated =
                    scenario.yearly().stream().filter(Objects::nonNull).reduce(zero(), BigDecimal::add);
            boolean everyYear = scenario.yearly().stream().allMatch(Objects::nonNull);
            BigDecimal total = scenario.statedTotal() != null ? scenario.statedTotal() : everyYear ? stated : null;
            YearPosition third = lines.size() >= 3 ? lines.get(2) : null;
            positions.add(new ScenarioPosition(
                    scenario.name(),
                    List.copyOf(lines),
                    third == null ? null : third.avoidance(),
                    total,
                    total == null ? null : total.subtract(stated),
                    third == null ? null : third.net(),
                    total == null ? null : total.subtract(investment).add(grant)));
        }
        return new BusinessCasePosition(investment, grant, List.copyOf(positions));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
