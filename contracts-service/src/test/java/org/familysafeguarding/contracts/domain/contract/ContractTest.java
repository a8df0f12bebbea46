package org.familysafeguarding.contracts.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.contracts.domain.procurement.DirectAwardGround;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRules;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractTest {

    static final ProcurementRules RULES = new ProcurementRules(ProcurementReferenceData.fromClasspath());
    static final CouncilDecisionThresholds THRESHOLDS = new CouncilDecisionThresholds(
            new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000"));
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final UUID PROVIDER = UUID.randomUUID();

    static Contract planned(String start, String end, String annual, List<Integer> options, int mobilisationDays) {
        return Contract.plan(
                "E10000032",
                new ContractDetails(
                        "Family safeguarding adult workers",
                        null,
                        ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                        null,
                        new Term(LocalDate.parse(start), LocalDate.parse(end), options, null, mobilisationDays),
                        new BigDecimal(annual),
                        VatBasis.VAT_EXEMPT,
                        java.util.Set.of(CommissionedService.SUBSTANCE_USE)),
                NOW);
    }

    static ProcurementCheck check(ProcurementRoute route, DirectAwardGround ground, String value) {
        var decision = new ProposedDecision(
                "E10000032",
                ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal(value),
                BigDecimal.ZERO,
                LocalDate.parse("2025-06-01"),
                route,
                ground,
                null,
                null,
                false);
        return ProcurementCheck.record(decision, RULES.assess(decision, THRESHOLDS), "{}", "a-commissioner", NOW);
    }

    static TransitionDecision to(ContractState state, String on, DecisionLevel level) {
        return new TransitionDecision(
                state,
                LocalDate.parse(on),
                "Director of Children's Services",
                level,
                "DR-2025-014",
                null,
                PROVIDER,
                state == ContractState.ENDED ? EndReason.EXPIRED : null,
                null);
    }

    static TransitionFacts facts(ProcurementCheck check, boolean accredited) {
        return new TransitionFacts(check, true, accredited, THRESHOLDS);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({"2025-03-31, 2024-25", "2025-04-01, 2025-26", "2024-01-15, 2023-24"})
    void a_financial_year_runs_from_1_april_to_31_march(LocalDate date, String year) {
        assertThat(FinancialYear.of(date).toString()).isEqualTo(year);
        assertThat(FinancialYear.parse(year)).isEqualTo(FinancialYear.of(date));
    }

    @ParameterizedTest
    @CsvSource({"2024-26", "24-25", "2024/25", "2099-01"})
    void refuses_a_financial_year_written_otherwise(String written) {
        assertThatThrownBy(() -> FinancialYear.parse(written)).isInstanceOf(ContractRuleViolated.class);
    }

    @Test
    void the_profile_defaults_to_pro_rata_by_days_in_each_financial_year() {
        Contract contract = planned("2024-10-01", "2027-09-30", "120000.00", List.of(), 0);
        assertThat(contract.profile())
                .containsExactly(
                        new YearValue("2024-25", new BigDecimal("59835.62")),
                        new YearValue("2025-26", new BigDecimal("120000.00")),
                        new YearValue("2026-27", new BigDecimal("120000.00")),
                        new YearValue("2027-28", new BigDecimal("60000.00")));
    }

    @Test
    void the_maximum_value_adds_every_extension_option_and_the_latest_end_follows_them() {
        Contract contract = planned("2024-04-01", "2027-03-31", "100000.00", List.of(24, 24), 87);
        assertThat(contract.lifetimeValue()).isEqualByComparingTo("300000.00");
        assertThat(contract.maximumValue()).isEqualByComparingTo("700000.00");
        assertThat(contract.term().latestPossibleEnd()).isEqualTo(LocalDate.parse("2031-03-31"));
    }

    @Test
    void a_profile_may_ramp_up_and_its_funding_must_add_up_to_each_year() {
        Contract contract = planned("2024-04-01", "2027-03-31", "100000.00", List.of(), 0);
        contract.reprofile(
                List.of(
                        new YearPlan(
                                "2024-25",
                                new BigDecimal("50000.00"),
                                List.of(
                                        new YearPlan.Funding("DfE grant", new BigDecimal("30000.00")),
                                        new YearPlan.Funding("Public Health reserve", new BigDecimal("20000.00")))),
                        new YearPlan("2025-26", new BigDecimal("100000.00"), List.of()),
                        new YearPlan("2026-27", new BigDecimal("150000.00"), List.of())),
                NOW);
        assertThat(contract.lifetimeValue()).isEqualByComparingTo("300000.00");
        assertThat(contract.funding()).hasSize(2);

        assertThatThrownBy(() -> contract.reprofile(
                        List.of(
                                new YearPlan(
                                        "2024-25",
                                        new BigDecimal("50000.00"),
                                        List.of(new YearPlan.Funding("DfE grant", new BigDecimal("30000.00")))),
                                new YearPlan("2025-26", new BigDecimal("100000.00"), List.of()),
                                new YearPlan("2026-27", new BigDecimal("150000.00"), List.of())),
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("2024-25")
                .hasMessageContaining("30000.00");
    }

    @Test
    void refuses_a_profile_that_misses_or_adds_a_year_of_the_term() {
        Contract contract = planned("2024-04-01", "2026-03-31", "100000.00", List.of(), 0);
        assertThatThrownBy(() -> contract.reprofile(List.of(new YearPlan("2024-25", BigDecimal.TEN, List.of())), NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("2025-26");
        assertThatThrownBy(() -> contract.reprofile(
                        List.of(
                                new YearPlan("2024-25", BigDecimal.TEN, List.of()),
                                new YearPlan("2025-26", BigDecimal.TEN, List.of()),
                                new YearPlan("2026-27", BigDecimal.TEN, List.of())),
                        NOW))
                .isInstanceOf(ContractRuleViolated.class);
    }

    @Test
    void refuses_a_move_the_lifecycle_does_not_allow() {
        Contract contract = planned("2025-04-01", "2028-03-31", "200000.00", List.of(), 0);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.LIVE, "2025-04-01", DecisionLevel.CABINET),
                        facts(null, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("cannot move to LIVE");
    }

    @Test
    void refuses_an_award_to_an_agency_the_council_has_not_accredited() {
        Contract contract = planned("2025-04-01", "2028-03-31", "100000.00", List.of(), 0);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.OFFICER),
                        facts(check(ProcurementRoute.OPEN_COMPETITION, null, "300000.00"), false),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("not accredited");
    }

    @Test
    void refuses_an_award_on_a_route_that_is_not_permitted_with_the_reason() {
        Contract contract = planned("2025-04-01", "2028-03-31", "300000.00", List.of(), 0);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                        facts(check(ProcurementRoute.DIRECT_AWARD, null, "900000.00"), true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("needs a ground");
    }

    @Test
    void refuses_an_award_below_the_decision_level_of_the_councils_thresholds() {
        Contract contract = planned("2025-04-01", "2028-03-31", "400000.00", List.of(), 0);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET_MEMBER),
                        facts(
                                check(
                                        ProcurementRoute.DIRECT_AWARD,
                                        DirectAwardGround.PUBLIC_PUBLIC_COOPERATION,
                                        "1200000.00"),
                                true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("CABINET level");
    }

    @Test
    void goes_live_only_once_mobilisation_is_over_and_records_each_move() {
        Contract contract = planned("2025-09-01", "2028-08-31", "300000.00", List.of(24), 87);
        var check = check(ProcurementRoute.DIRECT_AWARD, DirectAwardGround.PUBLIC_PUBLIC_COOPERATION, "1500000.00");
        var award = contract.moveTo(
                to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                facts(check, true),
                "a-commissioner",
                NOW);
        assertThat(award.procurementCheckId()).isEqualTo(check.id());
        assertThat(award.agencyId()).isEqualTo(PROVIDER);
        contract.moveTo(
                to(ContractState.MOBILISING, "2025-06-05", DecisionLevel.OFFICER),
                facts(check, true),
                "a-commissioner",
                NOW);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.LIVE, "2025-08-30", DecisionLevel.OFFICER),
                        facts(check, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("2025-08-31");
        var live = contract.moveTo(
                to(ContractState.LIVE, "2025-08-31", DecisionLevel.OFFICER), facts(check, true), "a-commissioner", NOW);
        assertThat(live.from()).isEqualTo(ContractState.MOBILISING);
        assertThat(contract.state()).isEqualTo(ContractState.LIVE);
        assertThatThrownBy(() -> contract.change(
                        new ContractDetails(
                                "Renamed",
                                null,
                                ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                                null,
                                contract.term(),
                                BigDecimal.ONE,
                                VatBasis.VAT_EXEMPT,
                                java.util.Set.of(CommissionedService.SUBSTANCE_USE)),
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("variation");
    }

    @Test
    void an_award_rests_on_a_check_of_the_decision_taken_its_value_vat_and_date() {
        // 3 years at 300,000 and a 2-year option: maximum 1,500,000 (PCR reg 6 / PA s4: every option)
        Contract contract = planned("2025-09-01", "2028-08-31", "300000.00", List.of(24), 0);
        var tooLow = check(ProcurementRoute.DIRECT_AWARD, DirectAwardGround.PUBLIC_PUBLIC_COOPERATION, "1.00");
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                        facts(tooLow, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("1500000.00");
        var withoutOptions =
                check(ProcurementRoute.DIRECT_AWARD, DirectAwardGround.PUBLIC_PUBLIC_COOPERATION, "900000.00");
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                        facts(withoutOptions, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class);
        var decision = new ProposedDecision(
                "E10000032",
                ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                new BigDecimal("1500000.00"),
                new BigDecimal("300000.00"),
                LocalDate.parse("2025-06-01"),
                ProcurementRoute.DIRECT_AWARD,
                DirectAwardGround.PUBLIC_PUBLIC_COOPERATION,
                null,
                null,
                false);
        var withVat =
                ProcurementCheck.record(decision, RULES.assess(decision, THRESHOLDS), "{}", "a-commissioner", NOW);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                        facts(withVat, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("VAT exempt");
        var right = check(ProcurementRoute.DIRECT_AWARD, DirectAwardGround.PUBLIC_PUBLIC_COOPERATION, "1500000.00");
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.AWARDED, "2025-05-31", DecisionLevel.CABINET),
                        facts(right, true),
                        "a-commissioner",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("2025-06-01");
        contract.moveTo(
                to(ContractState.AWARDED, "2025-06-01", DecisionLevel.CABINET),
                facts(right, true),
                "a-commissioner",
                NOW);
        assertThat(contract.awardedAtRisk()).isFalse();
    }

    @Test
    void award_mobilisation_go_live_and_end_follow_each_other_in_time() {
        Contract contract = planned("2025-09-01", "2028-08-31", "300000.00", List.of(), 0);
        var check = check(ProcurementRoute.DIRECT_AWARD, DirectAwardGround.PUBLIC_PUBLIC_COOPERATION, "900000.00");
        contract.moveTo(to(ContractState.AWARDED, "2025-07-01", DecisionLevel.CABINET), facts(check, true), "c", NOW);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.MOBILISING, "2025-06-30", DecisionLevel.OFFICER),
                        facts(check, true),
                        "c",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("awarded on 2025-07-01");
        contract.moveTo(
                to(ContractState.MOBILISING, "2025-07-01", DecisionLevel.OFFICER), facts(check, true), "c", NOW);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.LIVE, "2025-06-30", DecisionLevel.OFFICER), facts(check, true), "c", NOW))
                .isInstanceOf(ContractRuleViolated.class);
        contract.moveTo(to(ContractState.LIVE, "2025-09-01", DecisionLevel.OFFICER), facts(check, true), "c", NOW);
        assertThatThrownBy(() -> contract.moveTo(
                        to(ContractState.ENDED, "2025-08-31", DecisionLevel.OFFICER), facts(check, true), "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("live on");
    }

    @Test
    void an_award_on_a_refused_route_is_recorded_only_as_an_award_at_risk_with_its_reason() {
        Contract contract = planned("2025-04-01", "2028-03-31", "300000.00", List.of(), 0);
        var refused = check(ProcurementRoute.DIRECT_AWARD, null, "900000.00");
        var atRiskWithoutReason = new TransitionDecision(
                ContractState.AWARDED,
                LocalDate.parse("2025-06-01"),
                "Cabinet",
                DecisionLevel.CABINET,
                "CAB-1",
                null,
                PROVIDER,
                null,
                " ",
                true);
        assertThatThrownBy(() -> contract.moveTo(atRiskWithoutReason, facts(refused, true), "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("at risk");
        var atRisk = new TransitionDecision(
                ContractState.AWARDED,
                LocalDate.parse("2025-06-01"),
                "Cabinet",
                DecisionLevel.CABINET,
                "CAB-1",
                null,
                PROVIDER,
                null,
                "Single tender taken as below threshold",
                true);
        var award = contract.moveTo(atRisk, facts(refused, true), "c", NOW);
        assertThat(contract.awardedAtRisk()).isTrue();
        assertThat(award.reason()).startsWith("Awarded at risk");
    }

    @Test
    void an_end_says_why() {
        Contract contract = planned("2025-04-01", "2028-03-31", "100000.00", List.of(), 0);
        var noReason = new TransitionDecision(
                ContractState.ENDED,
                LocalDate.parse("2025-05-01"),
                "Head of Commissioning",
                DecisionLevel.OFFICER,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> contract.moveTo(noReason, facts(null, false), "a-commissioner", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("DECOMMISSIONED");
    }

    @Test
    void refuses_an_extension_decision_date_after_the_initial_end_or_without_options() {
        assertThatThrownBy(() -> new Term(
                        LocalDate.parse("2025-04-01"),
                        LocalDate.parse("2028-03-31"),
                        List.of(24),
                        LocalDate.parse("2028-04-01"),
                        0))
                .isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() -> new Term(
                        LocalDate.parse("2025-04-01"),
                        LocalDate.parse("2028-03-31"),
                        List.of(),
                        LocalDate.parse("2027-09-30"),
                        0))
                .isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() ->
                        new Term(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-03-31"), List.of(), null, 0))
                .isInstanceOf(ContractRuleViolated.class);
    }

    static Contract live(String annual, List<Integer> options, ServiceType type) {
        Contract contract = Contract.plan(
                "E10000032",
                new ContractDetails(
                        "Specialist workers",
                        null,
                        type,
                        null,
                        new Term(LocalDate.parse("2025-04-01"), LocalDate.parse("2028-03-31"), options, null, 0),
                        new BigDecimal(annual),
                        VatBasis.VAT_EXEMPT,
                        java.util.Set.of(CommissionedService.SUBSTANCE_USE)),
                NOW);
        var decision = new ProposedDecision(
                "E10000032",
                type,
                new BigDecimal("10000000.00"),
                BigDecimal.ZERO,
                LocalDate.parse("2025-01-15"),
                type == ServiceType.HEALTH_CARE_SERVICES
                        ? ProcurementRoute.PSR_MOST_SUITABLE_PROVIDER
                        : ProcurementRoute.OPEN_COMPETITION,
                null,
                null,
                null,
                false);
        var open = ProcurementCheck.record(decision, RULES.assess(decision, THRESHOLDS), "{}", "a-commissioner", NOW);
        contract.moveTo(to(ContractState.AWARDED, "2025-02-01", DecisionLevel.CABINET), facts(open, true), "c", NOW);
        contract.moveTo(to(ContractState.MOBILISING, "2025-02-02", DecisionLevel.OFFICER), facts(open, true), "c", NOW);
        contract.moveTo(to(ContractState.LIVE, "2025-04-01", DecisionLevel.OFFICER), facts(open, true), "c", NOW);
        return contract;
    }

    static ContractChange extension(int months) {
        return new ContractChange(
                ChangeKind.EXTENSION,
                months,
                null,
                null,
                null,
                null,
                LocalDate.parse("2027-09-30"),
                "Cabinet Member for Children",
                DecisionLevel.CABINET_MEMBER,
                "CM-2027-03");
    }

    static final ChangeRules CHANGES = new ChangeRules(ProcurementReferenceData.fromClasspath());

    @Test
    void extends_only_within_the_remaining_options() {
        Contract contract = live("100000.00", List.of(24, 12), ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES);
        assertThatThrownBy(() -> contract.amend(extension(30), CHANGES, "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("up to 24 months");
        var first = contract.amend(extension(24), CHANGES, "c", NOW);
        assertThat(first.endAfter()).isEqualTo(LocalDate.parse("2030-03-31"));
        assertThat(first.valueChange()).isEqualByComparingTo("200000.00");
        assertThat(contract.currentValue()).isEqualByComparingTo("500000.00");
        assertThatThrownBy(() -> contract.amend(extension(24), CHANGES, "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("up to 12 months");
        contract.amend(extension(12), CHANGES, "c", NOW);
        assertThatThrownBy(() -> contract.amend(extension(1), CHANGES, "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("No extension option remains");
    }

    @Test
    void a_variation_moves_value_and_end_and_is_flagged() {
        Contract contract = live("1000000.00", List.of(), ServiceType.HEALTH_CARE_SERVICES);
        var variation = contract.amend(
                new ContractChange(
                        ChangeKind.VARIATION,
                        null,
                        new BigDecimal("750000.00"),
                        LocalDate.parse("2028-09-30"),
                        "Add a perinatal worker",
                        "Rising demand",
                        LocalDate.parse("2026-04-01"),
                        "Cabinet",
                        DecisionLevel.CABINET,
                        "CAB-2026-02"),
                CHANGES,
                "c",
                NOW);
        assertThat(variation.flags().psrConsiderableChange()).isTrue();
        assertThat(contract.currentValue()).isEqualByComparingTo("3750000.00");
        assertThat(contract.currentEndDate()).isEqualTo(LocalDate.parse("2028-09-30"));
        assertThatThrownBy(() -> contract.amend(
                        new ContractChange(
                                ChangeKind.VARIATION,
                                null,
                                new BigDecimal("10.00"),
                                null,
                                null,
                                " ",
                                LocalDate.parse("2026-04-01"),
                                "Cabinet",
                                DecisionLevel.CABINET,
                                null),
                        CHANGES,
                        "c",
                        NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("reason");
    }

    @Test
    void only_a_live_contract_is_extended_or_varied() {
        Contract contract = planned("2025-04-01", "2028-03-31", "100000.00", List.of(24), 0);
        assertThatThrownBy(() -> contract.amend(extension(12), CHANGES, "c", NOW))
                .isInstanceOf(ContractRuleViolated.class)
                .hasMessageContaining("PLANNED");
    }
}
