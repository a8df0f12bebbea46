package org.familysafeguarding.contracts.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.CommissionedService;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractDetails;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.Term;
import org.familysafeguarding.contracts.domain.contract.TransitionDecision;
import org.familysafeguarding.contracts.domain.contract.TransitionFacts;
import org.familysafeguarding.contracts.domain.contract.VatBasis;
import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRules;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractDeadlineTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate END = LocalDate.parse("2028-03-31");
    static final LocalDate DECISION = LocalDate.parse("2027-09-30");

    static Contract contract(List<Integer> options, LocalDate decisionBy, boolean award) {
        Contract contract = Contract.plan(
                "E10000032",
                new ContractDetails(
                        "Family safeguarding adult workers",
                        null,
                        ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                        null,
                        new Term(LocalDate.parse("2025-04-01"), END, options, decisionBy, 0),
                        new BigDecimal("100000.00"),
                        VatBasis.VAT_EXEMPT,
                        Set.of(CommissionedService.SUBSTANCE_USE)),
                NOW);
        if (award) {
            var rules = new ProcurementRules(ProcurementReferenceData.fromClasspath());
            var decision = new ProposedDecision(
                    "E10000032",
                    ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES,
                    new BigDecimal("10000000.00"),
                    BigDecimal.ZERO,
                    LocalDate.parse("2025-01-15"),
                    ProcurementRoute.OPEN_COMPETITION,
                    null,
                    null,
                    null,
                    false);
            var check = ProcurementCheck.record(
                    decision,
                    rules.assess(
                            decision,
                            new CouncilDecisionThresholds(
                                    new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000"))),
                    "{}",
                    "a-commissioner",
                    NOW);
            contract.moveTo(
                    new TransitionDecision(
                            ContractState.AWARDED,
                            LocalDate.parse("2025-02-01"),
                            "Cabinet",
                            DecisionLevel.CABINET,
                            "CAB-2025-001",
                            null,
                            UUID.randomUUID(),
                            null,
                            null),
                    new TransitionFacts(check, true, true, null),
                    "a-commissioner",
                    NOW);
        }
        return contract;
    }

    @ParameterizedTest(name = "{0} days before the end the tightest threshold reached is {1}")
    @CsvSource({"180, 180", "179, 180", "91, 180", "90, 90", "31, 90", "30, 30", "1, 30", "0, 30"})
    void the_tightest_threshold_reached_is_the_alert(int daysBefore, int threshold) {
        var deadlines = ContractDeadline.of(contract(List.of(), null, true), END.minusDays(daysBefore), 180);
        assertThat(deadlines).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(AlertKind.ENDING);
            assertThat(d.daysLeft()).isEqualTo(daysBefore);
            assertThat(d.thresholdDays()).isEqualTo(threshold);
        });
    }

    @Test
    void nothing_is_due_further_ahead_than_asked_or_after_the_date() {
        Contract contract = contract(List.of(), null, true);
        assertThat(ContractDeadline.of(contract, END.minusDays(181), 180)).isEmpty();
        assertThat(ContractDeadline.of(contract, END.minusDays(60), 30)).isEmpty();
        assertThat(ContractDeadline.of(contract, END.plusDays(1), 180)).isEmpty();
    }

    @Test
    void the_extension_decision_is_due_while_an_option_remains() {
        var deadlines = ContractDeadline.of(contract(List.of(24), DECISION, true), DECISION.minusDays(45), 180);
        assertThat(deadlines).extracting(ContractDeadline::kind).containsExactly(AlertKind.EXTENSION_DECISION_DUE);
        assertThat(deadlines.get(0).thresholdDays()).isEqualTo(90);
        assertThat(deadlines.get(0).widerThresholds()).containsExactly(180);
    }

    @Test
    void a_contract_not_yet_awarded_raises_no_alert() {
        assertThat(ContractDeadline.of(contract(List.of(24), DECISION, false), END.minusDays(10), 180))
                .isEmpty();
    }
}
