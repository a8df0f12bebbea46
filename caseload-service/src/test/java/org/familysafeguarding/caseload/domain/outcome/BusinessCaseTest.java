package org.familysafeguarding.caseload.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Bury's 2022 cabinet report (shared/domain 003, sections 7 and 13), entered as the report gives it. */
class BusinessCaseTest {

    static BigDecimal m(String millions) {
        return new BigDecimal(millions).multiply(BigDecimal.valueOf(1_000_000)).setScale(2);
    }

    /**
     * 7.1: GBP 1.097m a year by year 3 and GBP 4.872m over 5 years (lowest); 7.2: GBP 3.291m and GBP 14.615m
     * (higher); 7.3-7.5: costs GBP 1.081m in year 1, GBP 0.992m a year after; DfE grant GBP 0.140m in year 1.
     * "By year 3" read as the yearly figure from year 3 on; years 1 and 2 are stated only within the total.
     */
    static BusinessCase.Terms bury() {
        var years = List.of(
                new BusinessCase.Year(1, m("1.081"), m("0.140")),
                new BusinessCase.Year(2, m("0.992"), null),
                new BusinessCase.Year(3, m("0.992"), null),
                new BusinessCase.Year(4, m("0.992"), null),
                new BusinessCase.Year(5, m("0.992"), null));
        var lowest = new BusinessCase.Scenario(
                "lowest", Arrays.asList(null, null, m("1.097"), m("1.097"), m("1.097")), m("4.872"));
        var higher = new BusinessCase.Scenario(
                "higher", Arrays.asList(null, null, m("3.291"), m("3.291"), m("3.291")), m("14.615"));
        return new BusinessCase.Terms(
                LocalDate.of(2022, 7, 13),
                200,
                null,
                null,
                null,
                null,
                LocalDate.of(2023, 4, 1),
                years,
                List.of(lowest, higher));
    }

    @Test
    void the_report_figures_come_back_year_by_year_with_the_net_position() {
        var position =
                BusinessCase.set("E08000002", bury(), "pa", Instant.EPOCH).position();
        var lowest = position.scenarios().get(0);
        var higher = position.scenarios().get(1);
        assertThat(lowest.annualByYear3()).isEqualByComparingTo(m("1.097"));
        assertThat(lowest.totalOverYears()).isEqualByComparingTo(m("4.872"));
        assertThat(higher.annualByYear3()).isEqualByComparingTo(m("3.291"));
        assertThat(higher.totalOverYears()).isEqualByComparingTo(m("14.615"));
        // 13.1: from year three savings exceed costs by GBP 105k (lowest) and up to GBP 2.3m (higher)
        assertThat(lowest.netInYear3()).isEqualByComparingTo(m("0.105"));
        assertThat(higher.netInYear3()).isEqualByComparingTo(m("2.299"));
        // what the report gives for years 1 and 2 only together
        assertThat(lowest.inNoSingleYear()).isEqualByComparingTo(m("1.581"));
        assertThat(position.investmentOverYears()).isEqualByComparingTo(m("5.049"));
        assertThat(position.grantOverYears()).isEqualByComparingTo(m("0.140"));
        assertThat(lowest.netOverYears()).isEqualByComparingTo(m("-0.037"));
        assertThat(lowest.years().get(0).avoidance()).isNull();
        assertThat(lowest.years().get(0).net()).isNull();
        assertThat(lowest.years().get(4).net()).isEqualByComparingTo(m("0.105"));
    }

    @Test
    void without_unit_costs_no_actual_avoidance_is_made_up() {
        var bury = BusinessCase.set("E08000002", bury(), "pa", Instant.EPOCH);
        assertThat(bury.avoidance(150, 0, LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(bury.modelYearOf(LocalDate.of(2025, 6, 1))).contains(3);
    }

    @Test
    void a_scenario_whose_years_exceed_its_total_is_refused() {
        var wrong = new BusinessCase.Scenario(
                "lowest", Arrays.asList(m("2"), m("2"), m("1.097"), m("1.097"), m("1.097")), m("4.872"));
        var terms = bury();
        assertThatThrownBy(() -> BusinessCase.set(
                        "E08000002",
                        new BusinessCase.Terms(
                                terms.baselineDate(),
                                200,
                                null,
                                null,
                                null,
                                null,
                                terms.firstYearStarts(),
                                terms.years(),
                                List.of(wrong)),
                        "pa",
                        Instant.EPOCH))
                .isInstanceOf(OutcomeRuleViolated.class);
    }
}
