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
        return new ProposedDecision(
                "E10000032",
                type,
                new BigDecimal(value),
                new BigDecimal(vat),
                LocalDate.parse(date),
                route,
                null,
                null,
                null,
                false);
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
        // 2015, from PCR 2015's coming into force: the 2014-15 sterling values (Leeds, 7 July 2015)
        "LIGHT_TOUCH_SOCIAL_SERVICES, 625049.99, 0, 2015-07-07, PCR2015, 625050, false",
        "LIGHT_TOUCH_SOCIAL_SERVICES, 625050.00, 0, 2015-02-26, PCR2015, 625050, true",
        "OTHER_SERVICES, 172514.00, 0, 2015-12-31, PCR2015, 172514, true",
        "OTHER_SERVICES, 172513.99, 0, 2015-07-07, PCR2015, 172514, false",
    })
    void finds_the_regime_and_whether_the_threshold_is_reached(
            ServiceType type,
            String value,
            String vat,
            String date,
            ProcurementRegime regime,
            BigDecimal threshold,
            boolean reached) {
        ProcurementAssessment assessment = assess(decision(type, value, vat, date, OPEN_COMPETITION));
        assertThat(assessment.regime()).isEqualTo(regime);
        assertThat(assessment.threshold().amount()).isEqualByComparingTo(threshold);
        assertThat(assessment.thresholdReached()).isEqualTo(reached);
    }

    @Test
    void health_care_falls_under_the_psr_from_1_january_2024_whatever_the_value() {
        ProcurementAssessment assessment =
                assess(decision(HEALTH_CARE_SERVICES, "50000.00", "0", "2024-01-01", PSR_MOST_SUITABLE_PROVIDER));
        assertThat(assessment.regime()).isEqualTo(ProcurementRegime.PSR2023);
        assertThat(assessment.threshold()).isNull();
        assertThat(assessment.thresholdReached()).isNull();
        assertThat(assessment.proposedRoute().permitted()).isTrue();
        assertThat(assessment.routes())
                .filteredOn(RouteCheck::permitted)
                .extracting(RouteCheck::route)
                .containsExactly(
                        PSR_DIRECT_AWARD_A,
                        PSR_DIRECT_AWARD_B,
                        PSR_DIRECT_AWARD_C,
                        PSR_MOST_SUITABLE_PROVIDER,
                        PSR_COMPETITIVE_PROCESS,
                        PSR_MODIFICATION);
        assertThat(assessment.routes())
                .filteredOn(r -> r.route() == PSR_DIRECT_AWARD_A)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("Mandatory when they hold"));
        assertThat(assessment.standstill()).contains("8 working days");
    }

    @Test
    void a_psr_route_is_refused_before_the_psr_came_into_force() {
        RouteCheck check = assess(
                        decision(HEALTH_CARE_SERVICES, "700000.00", "0", "2023-12-31", PSR_MOST_SUITABLE_PROVIDER))
                .proposedRoute();
        assertThat(check.permitted()).isFalse();
        assertThat(check.reason()).contains("2024-01-01");
    }

    @Test
    void refuses_a_decision_date_before_any_threshold_in_the_data() {
        assertThatThrownBy(() -> assess(decision(OTHER_SERVICES, "1000.00", "0", "2015-02-25", OPEN_COMPETITION)))
                .isInstanceOf(ProcurementRuleViolated.class)
                .hasMessageContaining("2015-02-25");
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
    void permits_a_direct_award_above_threshold_only_on_a_ground_the_regime_provides(
            DirectAwardGround ground, ServiceType type, String date, boolean permitted) {
        var proposed = new ProposedDecision(
                "E10000032",
                type,
                new BigDecimal("900000.00"),
                BigDecimal.ZERO,
                LocalDate.parse(date),
                DIRECT_AWARD,
                ground,
                null,
                null,
                false);
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
    void permits_a_waiver_of_contract_procedure_rules_only_below_threshold_with_a_reason(
            String value, String reason, boolean permitted) {
        var proposed = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal(value),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                CPR_WAIVER,
                null,
                reason,
                null,
                false);
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
    void refuses_a_psr_direct_award_c_with_a_considerable_change(
            String existing, String proposed, boolean materiallyDifferent, boolean permitted) {
        var decision = new ProposedDecision(
                "E10000032",
                HEALTH_CARE_SERVICES,
                new BigDecimal(proposed),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                PSR_DIRECT_AWARD_C,
                null,
                null,
                new BigDecimal(existing),
                materiallyDifferent);
        RouteCheck check = assess(decision).proposedRoute();
        assertThat(check.permitted()).isEqualTo(permitted);
        if (!permitted) {
            assertThat(check.reason()).contains("Considerable change");
        }
    }

    @Test
    void refuses_a_psr_direct_award_c_without_the_contract_it_replaces() {
        assertThat(assess(decision(HEALTH_CARE_SERVICES, "1000000.00", "0", "2025-06-01", PSR_DIRECT_AWARD_C))
                        .proposedRoute()
                        .permitted())
                .isFalse();
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
        ProcurementAssessment assessment =
                assess(decision(OTHER_SERVICES, "2000000.00", "0", "2025-06-01", OPEN_COMPETITION));
        assertThat(assessment.notices()).extracting(Notice::code).containsExactly("UK4", "UK6", "UK7", "LGTC_REGISTER");
        assertThat(assessment.notices().get(0).name()).isEqualTo("Tender notice");
        assertThat(assessment.notices().get(2).due()).contains("30 days");
        assertThat(assessment.standstill()).contains("8 working days");
    }

    @ParameterizedTest(name = "{0} under the Act")
    @CsvSource({"OPEN_COMPETITION, ", "DIRECT_AWARD, EXTREME_URGENCY"})
    void a_light_touch_contract_under_the_act_has_no_mandatory_standstill_and_its_details_notice_is_due_in_120_days(
            ProcurementRoute route, DirectAwardGround ground) {
        var proposed = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("2000000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                route,
                ground,
                null,
                null,
                false);
        ProcurementAssessment assessment = assess(proposed);
        assertThat(assessment.standstill()).isNull();
        assertThat(assessment.voluntaryStandstill()).contains("s51(3)");
        assertThat(assessment.notices())
                .filteredOn(n -> n.code().equals("UK7"))
                .singleElement()
                .satisfies(n -> assertThat(n.due()).contains("120 days"));
    }

    @ParameterizedTest(name = "public-public cooperation on {0}: {1}")
    @CsvSource({"2022-08-01, CF;LGTC_REGISTER", "2025-06-01, LGTC_REGISTER"})
    void public_public_cooperation_is_excluded_so_no_award_notice_and_no_standstill_but_the_register_entry_stays(
            String date, String notices) {
        var proposed = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("1120000.00"),
                BigDecimal.ZERO,
                LocalDate.parse(date),
                DIRECT_AWARD,
                DirectAwardGround.PUBLIC_PUBLIC_COOPERATION,
                null,
                null,
                false);
        ProcurementAssessment assessment = assess(proposed);
        assertThat(assessment.proposedRoute().permitted()).isTrue();
        assertThat(assessment.proposedRoute().reason()).contains("Excluded");
        assertThat(String.join(
                        ";", assessment.notices().stream().map(Notice::code).toList()))
                .isEqualTo(notices);
        assertThat(assessment.standstill()).isNull();
        assertThat(assessment.voluntaryStandstill()).isNull();
    }

    @Test
    void the_veat_of_a_direct_award_under_pcr_2015_is_voluntary_and_so_is_the_standstill_after_it() {
        var proposed = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("1740000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2022-08-01"),
                DIRECT_AWARD,
                DirectAwardGround.EXTREME_URGENCY,
                null,
                null,
                false);
        ProcurementAssessment assessment = assess(proposed);
        assertThat(assessment.notices())
                .filteredOn(n -> n.code().equals("PCR_VEAT"))
                .singleElement()
                .satisfies(n -> assertThat(n.voluntary()).isTrue());
        assertThat(assessment.notices())
                .filteredOn(n -> !n.code().equals("PCR_VEAT"))
                .noneMatch(Notice::voluntary);
        assertThat(assessment.standstill()).isNull();
        assertThat(assessment.voluntaryStandstill()).contains("reg 99(3)");
        assertThat(assessment.proposedRoute().reason()).contains("strictly necessary");
    }

    @Test
    void a_user_choice_award_has_no_transparency_or_award_notice_and_no_standstill() {
        var proposed = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("900000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                DIRECT_AWARD,
                DirectAwardGround.USER_CHOICE,
                null,
                null,
                false);
        ProcurementAssessment assessment = assess(proposed);
        assertThat(assessment.notices())
                .extracting(Notice::code)
                .doesNotContain("UK5", "UK6")
                .contains("UK7");
        assertThat(assessment.standstill()).isNull();
        assertThat(assessment.voluntaryStandstill()).isNull();
    }

    @Test
    void the_regime_follows_the_day_the_procurement_commenced_not_the_decision_date() {
        var commencedUnderPcr = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("900000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                OPEN_COMPETITION,
                null,
                null,
                null,
                false,
                LocalDate.parse("2025-01-10"),
                null,
                null,
                null);
        ProcurementAssessment pcr = assess(commencedUnderPcr);
        assertThat(pcr.regime()).isEqualTo(ProcurementRegime.PCR2015);
        assertThat(pcr.regimeBasis()).contains("2025-01-10").contains("Transitional");
        assertThat(pcr.notices())
                .extracting(Notice::code)
                .contains("PCR_LT_AWARD_NOTICE")
                .doesNotContain("UK6");

        var healthBeforeThePsr = new ProposedDecision(
                "E10000032",
                HEALTH_CARE_SERVICES,
                new BigDecimal("900000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2024-03-01"),
                OPEN_COMPETITION,
                null,
                null,
                null,
                false,
                LocalDate.parse("2023-11-01"),
                null,
                null,
                null);
        assertThat(assess(healthBeforeThePsr).regime()).isEqualTo(ProcurementRegime.PCR2015);

        var afterTheDecision = new ProposedDecision(
                "E10000032",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("900000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                OPEN_COMPETITION,
                null,
                null,
                null,
                false,
                LocalDate.parse("2025-06-02"),
                null,
                null,
                null);
        assertThatThrownBy(() -> assess(afterTheDecision))
                .isInstanceOf(ProcurementRuleViolated.class)
                .hasMessageContaining("2025-06-02");
    }

    @ParameterizedTest(name = "PCR notices of {0}: {1}")
    @CsvSource({"2019-03-12, Official Journal", "2020-12-31, Official Journal", "2021-01-01, Find a Tender"})
    void pcr_notices_before_2021_went_to_the_official_journal_and_after_to_find_a_tender(String date, String where) {
        ProcurementAssessment assessment =
                assess(decision(LIGHT_TOUCH_SOCIAL_SERVICES, "3000000.00", "0", date, OPEN_COMPETITION));
        assertThat(assessment.notices())
                .filteredOn(n -> n.code().startsWith("PCR_"))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.name()).contains(where));
        assertThat(assessment.notices()).extracting(Notice::code).contains("PCR_LT_CONTRACT_NOTICE", "CF");
    }

    @Test
    void contracts_finder_applies_from_2015() {
        // Cheshire East 2019: a one-year waiver of GBP 600,000, below the light-touch threshold
        var waiver = new ProposedDecision(
                "E06000049",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("600000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2019-03-12"),
                CPR_WAIVER,
                null,
                "Continuity",
                null,
                false);
        assertThat(assess(waiver).notices()).extracting(Notice::code).containsExactly("CF", "LGTC_REGISTER");
        var leeds = new ProposedDecision(
                "E08000035",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("55000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2015-07-07"),
                CPR_WAIVER,
                null,
                "Family Valued year",
                null,
                false);
        ProcurementAssessment assessment = assess(leeds);
        assertThat(assessment.proposedRoute().permitted()).isTrue();
        assertThat(assessment.notices()).extracting(Notice::code).containsExactly("CF", "LGTC_REGISTER");
    }

    @Test
    void the_single_supplier_ground_of_the_act_is_paras_4_to_6_of_schedule_5() {
        assertThat(DirectAwardGround.ONLY_ONE_PROVIDER.provisionIn(ProcurementRegime.PA2023, OTHER_SERVICES))
                .contains("paras 4-6")
                .contains("technical reasons");
    }

    @Test
    void psr_direct_award_a_is_mandatory_when_its_conditions_hold_and_then_no_other_route_is() {
        var decision = new ProposedDecision(
                "E10000025",
                HEALTH_CARE_SERVICES,
                new BigDecimal("1000000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2024-04-10"),
                PSR_MOST_SUITABLE_PROVIDER,
                null,
                null,
                null,
                false,
                null,
                true,
                null,
                null);
        ProcurementAssessment assessment = assess(decision);
        assertThat(assessment.routes())
                .filteredOn(RouteCheck::mandatory)
                .extracting(RouteCheck::route)
                .containsExactly(PSR_DIRECT_AWARD_A);
        assertThat(assessment.proposedRoute().permitted()).isFalse();
        assertThat(assessment.proposedRoute().reason()).contains("PSR_DIRECT_AWARD_A");

        var notCapable = new ProposedDecision(
                "E10000025",
                HEALTH_CARE_SERVICES,
                new BigDecimal("1000000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2024-04-10"),
                PSR_DIRECT_AWARD_A,
                null,
                null,
                null,
                false,
                null,
                false,
                null,
                null);
        assertThat(assess(notCapable).proposedRoute().permitted()).isFalse();
    }

    @ParameterizedTest(name = "PSR modification of {0}, provided for {1}: permitted {2}, notice {3}")
    @CsvSource({
        "1896455.54, true, true, true",
        "499999.99, true, true, false",
        "1896455.54, , false, true",
    })
    void a_psr_modification_must_be_provided_for_in_the_contract_and_is_published_from_500000(
            String value, Boolean providedFor, boolean permitted, boolean notice) {
        var decision = new ProposedDecision(
                "E10000025",
                HEALTH_CARE_SERVICES,
                new BigDecimal(value),
                BigDecimal.ZERO,
                LocalDate.parse("2024-04-10"),
                PSR_MODIFICATION,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                providedFor);
        ProcurementAssessment assessment = assess(decision);
        assertThat(assessment.proposedRoute().permitted()).isEqualTo(permitted);
        assertThat(assessment.notices().stream().anyMatch(n -> n.code().equals("PSR_MODIFICATION_NOTICE")))
                .isEqualTo(notice);
        assertThat(assessment.standstill()).isNull();
    }

    @Test
    void the_rules_held_here_are_englands_so_a_welsh_council_is_refused() {
        var welsh = new ProposedDecision(
                "W06000015",
                LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("100000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                OPEN_COMPETITION,
                null,
                null,
                null,
                false);
        assertThatThrownBy(() -> assess(welsh))
                .isInstanceOf(ProcurementRuleViolated.class)
                .hasMessageContaining("W06000015");
    }

    @ParameterizedTest(name = "below threshold under PCR 2015, {0}: notices {1}")
    @CsvSource({
        "4999.99, ''",
        "24999.99, LGTC_REGISTER",
        "25000.00, CF;LGTC_REGISTER",
    })
    void below_threshold_notices_follow_their_own_values(String value, String expected) {
        ProcurementAssessment assessment = assess(decision(OTHER_SERVICES, value, "0", "2024-06-01", OPEN_COMPETITION));
        assertThat(String.join(
                        ";", assessment.notices().stream().map(Notice::code).toList()))
                .isEqualTo(expected);
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
        ProcurementAssessment assessment = assess(decision(OTHER_SERVICES, value, "0", "2025-06-01", OPEN_COMPETITION));
        assertThat(assessment.decisionLevel()).isEqualTo(level);
        assertThat(assessment.keyDecision()).isEqualTo(key);
    }
}
