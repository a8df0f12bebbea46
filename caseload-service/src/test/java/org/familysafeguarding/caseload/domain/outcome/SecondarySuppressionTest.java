package org.familysafeguarding.caseload.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Whether an analyst can take published figures apart to find a count of 1 to 5 (security review H5, domain C5). */
class SecondarySuppressionTest {

    static final Period YEAR = WholePeriods.financialYearOf(LocalDate.of(2025, 6, 1));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Referrals by month of the 2025-26 year: June has 3, everything else is large. */
    static Map<Period, Map<String, Long>> table(long june) {
        var months = new HashMap<Period, Long>();
        for (Period quarter : WholePeriods.quartersOf(YEAR)) {
            for (Period month : WholePeriods.monthsOf(quarter)) {
                months.put(
                        month,
                        month.from().getMonthValue() == 6
                                ? june
                                : 20L + month.from().getMonthValue());
            }
        }
        var table = new HashMap<Period, Map<String, Long>>();
        months.forEach((m, n) -> table.put(m, flows(n)));
        for (Period quarter : WholePeriods.quartersOf(YEAR)) {
            table.put(
                    quarter,
                    flows(WholePeriods.monthsOf(quarter).stream()
                            .mapToLong(months::get)
                            .sum()));
        }
        table.put(
                YEAR, flows(months.values().stream().mapToLong(Long::longValue).sum()));
        return table;
    }

    /** all referrals are first referrals here, so the within-period sums hold nothing small */
    static Map<String, Long> flows(long referrals) {
        return new OutcomeCounts(0, 0, 0, referrals, 0, 0, 0, 0, 0, 0, Map.of()).flows();
    }

    static Period month(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new Period(from, from.plusMonths(1).minusDays(1));
    }

    @Test
    void a_quarter_less_two_of_its_months_does_not_give_the_third_away() {
        Map<Period, Set<String>> held = SecondarySuppression.of(YEAR, table(3));
        Period q1 = WholePeriods.quartersOf(YEAR).getFirst();
        assertThat(held.get(month(2025, 6))).contains("referrals");
        // the attack: Q1 - April - May = June. At least one of them must be held back too
        boolean recoverable = !held.get(q1).contains("referrals")
                && !held.get(month(2025, 4)).contains("referrals")
                && !held.get(month(2025, 5)).contains("referrals");
        assertThat(recoverable).isFalse();
        // and the year less the other quarters and months cannot give it either
        long shownInYearSum = WholePeriods.quartersOf(YEAR).stream()
                .filter(q -> !held.get(q).contains("referrals"))
                .count();
        assertThat(held.get(YEAR).contains("referrals")
                        || shownInYearSum <= 2
                        || !held.get(q1).contains("referrals"))
                .isTrue();
    }

    @Test
    void nothing_is_held_back_where_nothing_is_small() {
        Map<Period, Set<String>> held = SecondarySuppression.of(YEAR, table(30));
        assertThat(held.values()).allMatch(Set::isEmpty);
    }

    @Test
    void a_total_and_a_part_do_not_give_away_a_small_complement() {
        // 50 referrals, 47 re-referrals: 3 first referrals would be 50 - 47
        var flows = new OutcomeCounts(0, 0, 0, 50, 47, 0, 0, 0, 0, 0, Map.of()).flows();
        Set<String> held = SecondarySuppression.withinOnePeriod(YEAR, flows);
        assertThat(held).containsAnyOf("referrals", "reReferrals");
        OutcomeMetrics m =
                OutcomeMetrics.of(YEAR, new OutcomeCounts(0, 0, 0, 50, 47, 0, 0, 0, 0, 0, Map.of()), 10_000L, true);
        assertThat(m.reReferralRate().suppressed()).isTrue();
    }

    @Test
    void analysts_get_whole_periods_that_have_ended_only() {
        PublishedPeriods.requirePublishable(month(2025, 6), TODAY);
        PublishedPeriods.requirePublishable(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)), TODAY);
        PublishedPeriods.requirePublishable(YEAR, TODAY);
        // two windows a day apart would differ by that day's children
        assertThatThrownBy(() -> PublishedPeriods.requirePublishable(
                        new Period(LocalDate.of(2025, 4, 2), LocalDate.of(2026, 3, 31)), TODAY))
                .isInstanceOf(OutcomeRuleViolated.class);
        assertThatThrownBy(() -> PublishedPeriods.requirePublishable(
                        new Period(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31)), TODAY))
                .isInstanceOf(OutcomeRuleViolated.class);
        assertThatThrownBy(() -> PublishedPeriods.requirePublishable(month(2026, 11), TODAY))
                .isInstanceOf(OutcomeRuleViolated.class)
                .hasMessageContaining("ended");
        assertThat(List.of(WholePeriods.Kind.values())).hasSize(3);
    }
}
