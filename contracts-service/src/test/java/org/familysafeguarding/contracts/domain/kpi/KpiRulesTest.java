package org.familysafeguarding.contracts.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiRulesTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2025-04-01, 2025-26-Q1", "2025-06-30, 2025-26-Q1", "2025-07-01, 2025-26-Q2", "2025-09-30, 2025-26-Q2",
        "2025-10-01, 2025-26-Q3", "2025-12-31, 2025-26-Q3", "2026-01-01, 2025-26-Q4", "2026-03-31, 2025-26-Q4",
        "1999-05-01, 1999-00-Q1"
    })
    void financial_quarters_run_from_april(String day, String quarter) {
        assertThat(FinancialQuarter.of(LocalDate.parse(day))).hasToString(quarter);
        assertThat(FinancialQuarter.parse(quarter)).isEqualTo(FinancialQuarter.of(LocalDate.parse(day)));
    }

    @Test
    void a_quarter_knows_its_days_and_neighbours() {
        FinancialQuarter q4 = FinancialQuarter.parse("2025-26-Q4");
        assertThat(q4.start()).isEqualTo("2026-01-01");
        assertThat(q4.end()).isEqualTo("2026-03-31");
        assertThat(q4.next()).hasToString("2026-27-Q1");
        assertThat(q4.next().previous()).isEqualTo(q4);
        assertThat(FinancialQuarter.parse("2025-26-Q1").previous()).hasToString("2024-25-Q4");
    }

    @Test
    void refuses_a_badly_written_quarter() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2025-27-Q1")).isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() -> FinancialQuarter.parse("2025-26-Q5")).isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() -> FinancialQuarter.parse("2025-26")).isInstanceOf(ContractRuleViolated.class);
    }

    @ParameterizedTest(name = "on {0} with {1} days' grace the last closed quarter is {2}")
    @CsvSource({
        "2025-10-10, 10, 2025-26-Q1",
        "2025-10-11, 10, 2025-26-Q2",
        "2025-10-01, 0, 2025-26-Q2",
        "2025-09-30, 0, 2025-26-Q1",
        "2026-04-11, 10, 2025-26-Q4"
    })
    void a_quarter_closes_the_day_after_its_end_and_the_grace_days(String today, int grace, String quarter) {
        assertThat(FinancialQuarter.lastClosedBy(LocalDate.parse(today), grace)).hasToString(quarter);
    }

    @ParameterizedTest(name = "{1} of {0} is {2}")
    @CsvSource({
        "500, 500, MET",
        "500, 600, MET",
        "500, 499, SLIGHTLY_BELOW",
        "500, 450, SLIGHTLY_BELOW",
        "500, 449, BELOW",
        "500, 375, BELOW",
        "500, 374, SIGNIFICANTLY_BELOW",
        "750, 0, SIGNIFICANTLY_BELOW",
        "0, 0, MET"
    })
    void default_bands_rate_met_from_100_slightly_below_from_90_below_from_75(
            int target, long actual, KpiRating rating) {
        assertThat(RatingBands.DEFAULT.rate(target, actual)).isEqualTo(rating);
    }

    @Test
    void bands_can_be_set_otherwise_but_must_stay_in_order() {
        RatingBands strict = new RatingBands(new BigDecimal("95"), new BigDecimal("85"));
        assertThat(strict.rate(100, 94)).isEqualTo(KpiRating.BELOW);
        assertThat(strict.rate(100, 84)).isEqualTo(KpiRating.SIGNIFICANTLY_BELOW);
        assertThat(RatingBands.percentOf(3, 2)).isEqualByComparingTo("66.6");
        assertThatThrownBy(() -> new RatingBands(new BigDecimal("70"), new BigDecimal("80")))
                .isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() -> new RatingBands(new BigDecimal("100"), new BigDecimal("80")))
                .isInstanceOf(ContractRuleViolated.class);
    }

    @Test
    void only_the_days_a_contract_was_live_count_in_a_quarter() {
        FinancialQuarter q1 = FinancialQuarter.parse("2025-26-Q1");
        assertThat(QuarterPerformance.liveWindow(q1, LocalDate.parse("2025-04-18"), null))
                .containsExactly(LocalDate.parse("2025-04-18"), LocalDate.parse("2025-06-30"));
        assertThat(QuarterPerformance.liveWindow(q1, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-05-31")))
                .containsExactly(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-05-31"));
        assertThat(QuarterPerformance.liveWindow(q1, LocalDate.parse("2025-07-01"), null))
                .isNull();
        assertThat(QuarterPerformance.liveWindow(q1, null, null)).isNull();
    }

    static KpiTarget kpi(InterventionType type, int perQuarter, String effectiveFrom) {
        return KpiTarget.set(
                java.util.UUID.randomUUID(),
                "E10000025",
                type,
                perQuarter,
                effectiveFrom == null ? null : LocalDate.parse(effectiveFrom),
                false,
                java.time.Instant.now());
    }

    @Test
    void a_quarter_the_contract_was_live_for_only_in_part_is_rated_against_a_pro_rata_target() {
        // Oxfordshire substance use: live from 1 August 2024, 500 home visits a quarter; Q2 runs 1 July-30 September
        FinancialQuarter q2 = FinancialQuarter.parse("2024-25-Q2");
        java.util.List<LocalDate[]> windows = new java.util.ArrayList<>();
        QuarterPerformance p = QuarterPerformance.rate(
                q2,
                RatingBands.DEFAULT,
                java.util.List.of(kpi(InterventionType.HOME_VISIT, 500, null)),
                LocalDate.parse("2024-08-01"),
                null,
                (type, from, to, once) -> {
                    windows.add(new LocalDate[] {from, to});
                    return 340;
                });
        // 61 of 92 days: 500 x 61 / 92 = 331.5, half up 332
        assertThat(p.results().get(0).target()).isEqualTo(332);
        assertThat(p.results().get(0).rating()).isEqualTo(KpiRating.MET);
        assertThat(windows.get(0)).containsExactly(LocalDate.parse("2024-08-01"), LocalDate.parse("2024-09-30"));
        QuarterPerformance whole = QuarterPerformance.rate(
                q2.next(),
                RatingBands.DEFAULT,
                java.util.List.of(kpi(InterventionType.HOME_VISIT, 500, null)),
                LocalDate.parse("2024-08-01"),
                null,
                (type, from, to, once) -> 340);
        assertThat(whole.results().get(0).target()).isEqualTo(500);
    }

    @Test
    void a_kpi_rates_no_quarter_before_it_took_effect_and_counts_only_from_that_day() {
        var kpi = kpi(InterventionType.DRUG_TEST, 750, "2026-12-04");
        QuarterPerformance before = QuarterPerformance.rate(
                FinancialQuarter.parse("2026-27-Q2"),
                RatingBands.DEFAULT,
                java.util.List.of(kpi),
                LocalDate.parse("2024-08-01"),
                null,
                (type, from, to, once) -> 0);
        assertThat(before.results()).isEmpty();
        java.util.List<LocalDate> froms = new java.util.ArrayList<>();
        QuarterPerformance first = QuarterPerformance.rate(
                FinancialQuarter.parse("2026-27-Q3"),
                RatingBands.DEFAULT,
                java.util.List.of(kpi),
                LocalDate.parse("2024-08-01"),
                null,
                (type, from, to, once) -> {
                    froms.add(from);
                    return 0;
                });
        assertThat(froms).containsExactly(LocalDate.parse("2026-12-04"));
        // 28 of 92 days: 750 x 28 / 92 = 228.26, half up 228
        assertThat(first.results().get(0).target()).isEqualTo(228);
    }

    @ParameterizedTest(name = "{0} counted: suppressed {1}")
    @CsvSource({"0, false", "1, true", "5, true", "6, false"})
    void small_counts_of_one_to_five_are_suppressed_and_zero_is_shown(long count, boolean suppressed) {
        assertThat(SmallCounts.suppressed(count)).isEqualTo(suppressed);
    }
}
