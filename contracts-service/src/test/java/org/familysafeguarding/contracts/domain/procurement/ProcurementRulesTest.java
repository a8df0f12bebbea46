package org.familysafeguarding.contracts.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.contracts.domain.procurement.ProcurementRoute.*;
import static org.familysafeguarding.contracts.domain.procurement.ServiceType.*;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcurementRulesTest {

    static final ProcurementRules RULES = new ProcurementRules(ProcurementReferenceData.fromClasspath());
    static final CouncilDecisionThresholds WEST_SUSSEX = new CouncilDecisionThresholds(
            new BigDecimal("500000.00"), new BigDecimal("500000.00"), new BigDecimal("1000000.00"));

    static ProposedDecision decision(ServiceType type, String value, String vat, String date, ProcurementRoute route) {
        return new ProposedDecision("E10000032", type, new BigDecimal(value), new BigDecimal(vat), LocalDate.parse(date),
                route, null, null, null, false);
    }

    static ProcurementAssessment assess(ProposedDecision decision) {
        return RULES.assess(decision, WEST_SUSSEX);
    }

    @ParameterizedTest(name = "{0} of {1} + VAT {2} on {3}: {4}, threshold {5}, reached {6}")
    @CsvSource({
            // just under and at the light-touch threshold
            "LIGHT_TOUCH_SOCIAL_SERVICES, 663539.99, 0, 2024-06-01, PCR2015, 663540, false",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 663540.00, 0, 2024-06-01, PCR2015, 663540, true",
            // VAT counts only from 2022
            "LIGHT_TOUCH_SOCIAL_SERVICES, 600000.00, 120000.00, 2021-12-31, PCR2015, 663540, false",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 600000.00, 120000.00, 2022-01-01, PCR2015, 663540, true",
            // the Procurement Act from 24 February 2025
            "LIGHT_TOUCH_SOCIAL_SERVICES, 700000.00, 0, 2025-02-23, PCR2015, 663540, true",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 700000.00, 0, 2025-02-24, PA2023, 663540, true",
            "OTHER_SERVICES, 214903.99, 0, 2025-02-23, PCR2015, 214904, false",
            "OTHER_SERVICES, 214904.00, 0, 2025-02-24, PA2023, 214904, true",
            // new thresholds from 1 January 2026
            "OTHER_SERVICES, 210000.00, 0, 2025-12-31, PA2023, 214904, false",
            "OTHER_SERVICES, 210000.00, 0, 2026-01-01, PA2023, 207720, true",
            "OTHER_SERVICES, 207719.99, 0, 2026-01-01, PA2023, 207720, false",
            // earlier revisions of the light-touch threshold
            "LIGHT_TOUCH_SOCIAL_SERVICES, 600000.00, 0, 2017-12-31, PCR2015, 589148, true",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 600000.00, 0, 2018-01-01, PCR2015, 615278, false",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 640000.00, 0, 2019-12-31, PCR2015, 615278, true",
            "LIGHT_TOUCH_SOCIAL_SERVICES, 640000.00, 0, 2020-01-01, PCR2015, 663540, false",
            "OTHER_SERVICES, 185000.00, 0, 2019-12-31, PCR2015, 181302, true",
            "OTHER_SERVICES, 185000.00, 0, 2020-01-01, PCR2015, 189330, false",
            // health care: light-touch under PCR 2015 until the PSR
            "HEALTH_CARE_SERVICES, 700000.00, 0, 2023-12-31, PCR2015, 663540, true",
    })
    void finds_the_regime_and_whether_the_threshold_is_reached(ServiceType type, String value, String vat,
            String date, ProcurementRegime regime, BigDecimal threshold, boolean reached) {
        ProcurementAssessment assessment = assess(decision(type, value, vat, date, OPEN_COMPETITION));
        assertThat(assessment.regime()).isEqualTo(regime);
        assertThat(assessment.threshold().amount()).isEqualByComparingTo(threshold);
        assertThat(assessment.thresholdReached()).isEqualTo(reached);
    }

    @Test
    void health_care_falls_under_the_psr_from_1_january_2024_whatever_the_value() {
        ProcurementAssessment assessment = assess(decision(HEALTH_CARE_SERVICES, "50000.00", "0", "2024-01-01",
                PSR_MOST_SUITABLE_PROVIDER));
        assertThat(assessment.regime()).isEqualTo(ProcurementRegime.PSR2023);
        assertThat(assessment.threshold()).isNull();
        assertThat(assessment.thresholdReached()).isNull();
        assertThat(assessment.proposedRoute().permitted()).isTrue();
        assertThat(assessment.routes()).filteredOn(RouteCheck::permitted).extracting(RouteCheck::route)
                .containsExactly(PSR_DIRECT_AWARD_A, PSR_DIRECT_AWARD_B, PSR_DIRECT_AWARD_C, PSR_MOST_SUITABLE_PROVIDER,
                        PSR_COMPETITIVE_PROCESS);
        assertThat(assessment.standstill()).contains("8 working days");
    }

    @Test
    void a_psr_route_is_refused_before_the_psr_came_into_force() {
        RouteCheck check = assess(decision(HEALTH_CARE_SERVICES, "700000.00", "0", "2023-12-31",
                PSR_MOST_SUITABLE_PROVIDER)).proposedRoute();
        assertThat(check.permitted()).isFalse();
        assertThat(check.reason()).contains("2024-01-01");
    }

    @Test
    void refuses_a_decision_date_before_any_threshold_in_the_data() {
        assertThatThrownBy(() -> assess(decision(OTHER_SERVICES, "1000.00", "0", "2015-12-31", OPEN_COMPETITION)))
                .isInstanceOf(ProcurementRuleViolated.class).hasMessageContaining("2015-12-31");
    }

    @Test
    void refuses_a_direct_award_above_threshold_without_a_ground() {
        RouteCheck check = assess(decision(LIGHT_TOUCH_SOCIAL_SERVICES, "900000.00", "0", "2025-06-01", DIRECT_AWARD))
                .proposedRoute();
        assertThat(check.permitted()).isFalse();
        assertThat(check.reason()).contains("needs a ground").contains("663540");
    }

    @ParameterizedTest(name = "{0} for {1} on {2}: permitted {3}")
    @CsvSource({
            "PUBLIC_PUBLIC_COOPERATION, LIGHT_TOUCH_SOCIAL_SERVICES, 2025-06-01, true",
            "PUBLIC_PUBLIC_COOPERATION, OTHER_SERVICES, 2024-06-01, true",
            "USER_CHOICE, LIGHT_TOUCH_SOCIAL_SERVICES, 2025-06-01, true",
            "USER_CHOICE, LIGHT_TOUCH_SOCIAL_SERVICES, 2024-06-01, false",
            "USER_CHOICE, OTHER_SERVICES, 2025-06-01, false",
            "EXTREME_URGENCY, OTHER_SERVICES, 2025-06-01, true",
    })
    void permits_a_direct_award_above_threshold_only_on_a_ground_the_regime_provides(DirectAwardGround ground,
            ServiceType type, String date, boolean permitted) {
        var proposed = new ProposedDecision("E10000032", type, new BigDecimal("900000.00"), BigDecimal.ZERO,
                LocalDate.parse(date), DIRECT_AWARD, ground, null, null, false);
        assertThat(assess(proposed).proposedRoute().permitted()).isEqualTo(permitted);
    }

    @Test
    void a_direct_award_below_threshold_without_a_ground_points_to_a_waiver() {
        RouteCheck check = assess(decision(LIGHT_TOUCH_SOCIAL_SERVICES, "100000.00", "0", "2025-06-01", DIRECT_AWARD))
                .proposedRoute();
        assertThat(check.permitted()).isFalse();
        assertThat(check.reason()).contains("CPR_WAIVER");
    }

    @ParameterizedTest(name = "waiver of {0} with reason ''{1}'': permitted {2}")
    @CsvSource({
            "663539.99, 'Only provider of the model in the county', true",
            "663539.99, '', false",
            "663540.00, 'Only provider of the model in the county', false",
    })
    void permits_a_waiver_of_contract_procedure_rules_only_below_threshold_with_a_reason(String value, String reason,
            boolean permitted) {
        var proposed = new ProposedDecision("E10000032", LIGHT_TOUCH_SOCIAL_SERVICES, new BigDecimal(value),
                BigDecimal.ZERO, LocalDate.parse("2025-06-01"), CPR_WAIVER, null, reason, null, false);
        assertThat(assess(proposed).proposedRoute().permitted()).isEqualTo(permitted);
    }

    @ParameterizedTest(name = "Direct Award C from {0} to {1}, materially different {2}: permitted {3}")
    @CsvSource({
            "2000000.00, 2500000.00, false, false", // 500k and 25%: considerable
            "2000000.00, 2499999.99, false, true",
            "3000000.00, 3600000.00, false, true", // 600k but 20%
            "1000000.00, 1400000.00, false, true", // 40% but 400k
            "1000000.00, 1000000.00, true, false", // materially different in character
    })
    void refuses_a_psr_direct_award_c_with_a_considerable_change(String existing, String proposed,
            boolean materiallyDifferent, boolean permitted) {
        var decision = new ProposedDecision("E10000032", HEALTH_CARE_SERVICES, new BigDecimal(proposed),
                BigDecimal.ZERO, LocalDate.parse("2025-06-01"), PSR_DIRECT_AWARD_C, null, null,
                new BigDecimal(existing), materiallyDifferent);
        RouteCheck check = assess(decision).proposedRoute();
        assertThat(check.permitted()).isEqualTo(permitted);
        if (!permitted) {
            assertThat(check.reason()).contains("Considerable change");
        }
    }

    @Test
    void refuses_a_psr_direct_award_c_without_the_contract_it_replaces() {
        assertThat(assess(decision(HEALTH_CARE_SERVICES, "1000000.00", "0", "2025-06-01", PSR_DIRECT_AWARD_C))
                .proposedRoute().permitted()).isFalse();
    }

    @Test
    void under_the_psr_a_route_of_the_procurement_act_is_refused() {
        RouteCheck check = assess(decision(HEALTH_CARE_SERVICES, "1000000.00", "0", "2025-06-01", OPEN_COMPETITION))
                .proposedRoute();
        assertThat(check.permitted()).isFalse();
        assertThat(check.reason()).contains("PSR route");
    }

    @Test
    void a_competition_above_threshold_under_the_act_needs_tender_award_and_details_notices_and_a_standstill() {
        ProcurementAssessment assessment = assess(decision(LIGHT_TOUCH_SOCIAL_SERVICES, "2000000.00", "0",
                "2025-06-01", OPEN_COMPETITION));
        assertThat(assessment.notices()).extracting(Notice::code).containsExactly("UK4", "UK6", "UK7", "LGTC_REGISTER");
        assertThat(assessment.notices().get(0).name()).isEqualTo("Tender notice");
        assertThat(assessment.standstill()).contains("8 working days");
    }

    @ParameterizedTest(name = "below threshold under PCR 2015, {0}: notices {1}")
    @CsvSource({
            "4999.99, ''",
            "24999.99, LGTC_REGISTER",
            "25000.00, CF;LGTC_REGISTER",
    })
    void below_threshold_notices_follow_their_own_values(String value, String expected) {
        ProcurementAssessment assessment = assess(decision(OTHER_SERVICES, value, "0", "2024-06-01",
                OPEN_COMPETITION));
        assertThat(String.join(";", assessment.notices().stream().map(Notice::code).toList())).isEqualTo(expected);
        assertThat(assessment.standstill()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}, key decision {2}")
    @CsvSource({
            "499999.99, OFFICER, false",
            "500000.00, OFFICER, true",
            "500000.01, CABINET_MEMBER, true",
            "1000000.00, CABINET_MEMBER, true",
            "1000000.01, CABINET, true",
    })
    void the_decision_level_comes_from_the_councils_thresholds(String value, DecisionLevel level, boolean key) {
        ProcurementAssessment assessment = assess(decision(OTHER_SERVICES, value, "0", "2025-06-01",
                OPEN_COMPETITION));
        assertThat(assessment.decisionLevel()).isEqualTo(level);
        assertThat(assessment.keyDecision()).isEqualTo(key);
    }
}
