package org.familysafeguarding.caseload.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutcomeMetricsTest {

    static final Period YEAR = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    static OutcomeCounts counts(long cp, long reReferrals, long referrals) {
        return new OutcomeCounts(40, cp, 90, referrals, reReferrals, 30, 7, 25, 1, 12, Map.of("RC7", 3L, "RC1", 9L));
    }

    @Test
    void rates_are_per_10000_children_to_one_decimal_place() {
        OutcomeMetrics m = OutcomeMetrics.of(YEAR, counts(200, 110, 500), 47_800L, false);
        assertThat(m.cpRatePer10000().value()).isEqualByComparingTo("41.8");
        assertThat(m.lookedAfterRatePer10000().value()).isEqualByComparingTo("18.8");
        assertThat(m.reReferralRate().value()).isEqualByComparingTo("22.0");
        assertThat(m.repeatCpPlanRate().value()).isEqualByComparingTo("23.3");
        assertThat(m.cpPlansLastingTwoYearsOrMoreRate().value()).isEqualByComparingTo("4.0");
    }

    @Test
    void for_analysts_counts_of_1_to_5_and_figures_resting_on_them_are_suppressed_but_0_and_6_are_shown() {
        OutcomeMetrics m = OutcomeMetrics.of(YEAR, counts(5, 0, 6), 47_800L, true);
        assertThat(m.childrenOnCpPlans()).isEqualTo(new Figure(null, true));
        assertThat(m.cpRatePer10000().suppressed()).isTrue();
        assertThat(m.reReferrals().value()).isEqualByComparingTo("0");
        assertThat(m.referrals().value()).isEqualByComparingTo("6");
        assertThat(m.cpPlansLastingTwoYearsOrMore().suppressed()).isTrue();
        assertThat(m.cpPlansLastingTwoYearsOrMoreRate().suppressed()).isTrue();
        assertThat(m.closuresByReason().get("RC7").suppressed()).isTrue();
        assertThat(m.closuresByReason().get("RC1").value()).isEqualByComparingTo("9");
    }

    @Test
    void without_a_population_rates_are_unknown_rather_than_guessed() {
        OutcomeMetrics m = OutcomeMetrics.of(YEAR, counts(200, 0, 0), null, false);
        assertThat(m.cpRatePer10000()).isEqualTo(new Figure(null, false));
        assertThat(m.reReferralRate().value()).isNull();
    }

    @Test
    void a_period_splits_at_the_adoption_date() {
        LocalDate adopted = LocalDate.of(2025, 10, 1);
        assertThat(YEAR.before(adopted)).contains(new Period(YEAR.from(), LocalDate.of(2025, 9, 30)));
        assertThat(YEAR.from(adopted)).contains(new Period(adopted, YEAR.to()));
        assertThat(YEAR.before(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(YEAR.from(LocalDate.of(2030, 1, 1))).isEmpty();
        assertThatThrownBy(() -> new Period(YEAR.to(), YEAR.from())).isInstanceOf(OutcomeRuleViolated.class);
    }

    @Test
    void cost_avoidance_prices_the_fall_from_the_baseline_against_the_target() {
        BusinessCase bury = BusinessCase.set(
                "E08000002",
                new BusinessCase.Terms(
                        LocalDate.of(2022, 7, 13),
                        200,
                        300,
                        new BigDecimal("9000.00"),
                        new BigDecimal("55000.00"),
                        new BigDecimal("1097000.00")),
                "pa",
                Instant.EPOCH);
        CostAvoidance avoided = bury.avoidance(110, 290);
        assertThat(avoided.fewerCpChildren()).isEqualTo(90);
        assertThat(avoided.annualAmount()).isEqualByComparingTo("1360000.00");
        assertThat(avoided.percentOfTarget()).isEqualByComparingTo("124.0");
        assertThat(bury.avoidance(210, 300).annualAmount()).isEqualByComparingTo("-90000.00");
    }

    @Test
    void assessments_within_45_working_days_are_a_percentage_of_those_completed() {
        // review finding C10: the indicator was missing
        var counts = new OutcomeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, Map.of(), 20, 17);
        OutcomeMetrics m = OutcomeMetrics.of(YEAR, counts, 10_000L, false);
        assertThat(m.assessmentsCompleted().value()).isEqualByComparingTo("20");
        assertThat(m.assessmentTimelinessRate().value()).isEqualByComparingTo("85.0");
        // 3 late of 20 would give the late ones away to an analyst: the rate and a count are held back
        OutcomeMetrics suppressed = OutcomeMetrics.of(YEAR, counts, 10_000L, true);
        assertThat(suppressed.assessmentTimelinessRate().suppressed()).isTrue();
    }
}
