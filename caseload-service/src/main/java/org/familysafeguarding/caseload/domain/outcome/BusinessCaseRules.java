package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** What makes a business case's years and scenarios hang together. */
final class BusinessCaseRules {

    static final int MAX_YEARS = 10;
    static final int MAX_SCENARIOS = 4;

    private BusinessCaseRules() {}

    static void requireConsistent(BusinessCase.Terms terms) {
        List<BusinessCase.Year> years = terms.years();
        if (years.size() > MAX_YEARS) {
            throw new OutcomeRuleViolated(
                    "too-many-years", "A business case runs for at most " + MAX_YEARS + " years.");
        }
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).year() != i + 1) {
                throw new OutcomeRuleViolated(
                        "years-not-consecutive", "The years are 1, 2, 3 ... in order, each once.");
            }
        }
        if (terms.scenarios().size() > MAX_SCENARIOS) {
            throw new OutcomeRuleViolated(
                    "too-many-scenarios", "A business case has at most " + MAX_SCENARIOS + " scenarios.");
        }
        var names = new HashSet<String>();
        for (BusinessCase.Scenario scenario : terms.scenarios()) {
            if (!names.add(scenario.name())) {
                throw new OutcomeRuleViolated(
                        "scenario-named-twice", "Scenario " + scenario.name() + " is given twice.");
            }
            List<BigDecimal> yearly = scenario.yearly();
            if (yearly.size() > MAX_YEARS || (!years.isEmpty() && yearly.size() != years.size())) {
                throw new OutcomeRuleViolated(
                        "scenario-years-differ",
                        "Scenario " + scenario.name() + " gives " + yearly.size() + " years; the case has "
                                + years.size() + ".");
            }
            BigDecimal stated = yearly.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = scenario.statedTotal();
            if (total != null && total.compareTo(stated) < 0) {
                throw new OutcomeRuleViolated(
                        "scenario-total-below-its-years",
                        "Scenario " + scenario.name() + " states a total (" + total
                                + ") below the sum of the years it states (" + stated + ").");
            }
            if (total != null && yearly.stream().allMatch(Objects::nonNull) && total.compareTo(stated) != 0) {
                throw new OutcomeRuleViolated(
                        "scenario-total-differs",
                        "Scenario " + scenario.name() + " states every year; its total (" + total
                                + ") must be their sum (" + stated + ").");
            }
        }
    }
}
