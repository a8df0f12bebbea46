package org.familysafeguarding.contracts.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskAssessmentTest {

    static RiskAssessment risk(int impact, int probability, String review) {
        return new RiskAssessment(
                "Practitioner vacancies",
                impact,
                probability,
                "Joint recruitment",
                "Head of Commissioning",
                LocalDate.parse(review));
    }

    @ParameterizedTest(name = "impact {0} x probability {1} = {2}")
    @CsvSource({"0, 5, 0", "4, 3, 12", "5, 5, 25"})
    void the_score_is_impact_times_probability(int impact, int probability, int score) {
        assertThat(risk(impact, probability, "2026-01-01").score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({"6, 1", "1, 6", "-1, 1"})
    void refuses_values_off_the_0_to_5_scale(int impact, int probability) {
        assertThatThrownBy(() -> risk(impact, probability, "2026-01-01")).isInstanceOf(ContractRuleViolated.class);
    }

    @Test
    void a_review_is_overdue_the_day_after_its_date() {
        ContractRisk entry =
                ContractRisk.raise(UUID.randomUUID(), "E10000032", risk(3, 3, "2026-03-31"), Instant.now());
        assertThat(entry.reviewOverdueOn(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(entry.reviewOverdueOn(LocalDate.parse("2026-04-01"))).isTrue();
        entry.revise(risk(3, 4, "2026-06-30"), Instant.now());
        assertThat(entry.score()).isEqualTo(12);
        assertThat(entry.reviewOverdueOn(LocalDate.parse("2026-04-01"))).isFalse();
    }
}
