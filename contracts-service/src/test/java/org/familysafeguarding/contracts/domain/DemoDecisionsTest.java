package org.familysafeguarding.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.CommissionedService;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractDetails;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.EndReason;
import org.familysafeguarding.contracts.domain.contract.Term;
import org.familysafeguarding.contracts.domain.contract.TransitionDecision;
import org.familysafeguarding.contracts.domain.contract.TransitionFacts;
import org.familysafeguarding.contracts.domain.contract.VatBasis;
import org.familysafeguarding.contracts.domain.contract.YearPlan;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.contracts.domain.procurement.DirectAwardGround;
import org.familysafeguarding.contracts.domain.procurement.ProcurementAssessment;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRules;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo contracts (deploy/local/demo-data/contracts.json, a test resource of this module by its POM) as the
 * rules take them, without the
 * running stack: each check answers as the file expects, and each report's decisions move its
 * contract through the lifecycle on the report's dates - so `stack up` loads them as written.
 */
class DemoDecisionsTest {

    static final String DEMO = "/demo-data/contracts.json";
    static final ProcurementRules RULES = new ProcurementRules(ProcurementReferenceData.fromClasspath());
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void every_report_decision_passes_the_rules_on_the_reports_dates() throws IOException {
        JsonNode demo = demo();
        List<String> awarded = new ArrayList<>();
        for (JsonNode entry : demo.get("contracts")) {
            Contract contract = planned(entry.get("contract"));
            if (entry.has("profile")) {
                List<YearPlan> years = new ArrayList<>();
                entry.get("profile")
                        .forEach(y -> years.add(new YearPlan(
                                y.get("financialYear").asText(), y.get("amount").decimalValue(), List.of())));
                contract.reprofile(years, NOW);
            }
            ProcurementCheck kept = null;
            ProcurementCheck permitted = null;
            for (JsonNode c : entry.get("checks")) {
                ProposedDecision decision = new ProposedDecision(
                        entry.get("contract").get("council").asText(),
                        contract.serviceType(),
                        contract.maximumValue(),
                        BigDecimal.ZERO,
                        LocalDate.parse(c.get("decisionDate").asText()),
                        ProcurementRoute.valueOf(c.get("proposedRoute").asText()),
                        c.path("ground").isTextual()
                                ? DirectAwardGround.valueOf(c.get("ground").asText())
                                : null,
                        c.path("waiverReason").asText(null),
                        null,
                        false,
                        null,
                        null,
                        null,
                        c.path("providedForInContract").isBoolean()
                                ? c.get("providedForInContract").asBoolean()
                                : null);
                ProcurementAssessment assessment = RULES.assess(decision, null);
                assertThat(assessment.proposedRoute().permitted())
                        .as(
                                "%s: %s",
                                contract.title(), assessment.proposedRoute().reason())
                        .isEqualTo(c.get("expect").asText().equals("permitted"));
                kept = ProcurementCheck.record(decision, assessment, "{}", "demo", NOW);
                permitted = assessment.proposedRoute().permitted() ? kept : permitted;
            }
            ProcurementCheck check = permitted != null ? permitted : kept;
            for (JsonNode t : entry.get("transitions")) {
                ContractState to = ContractState.valueOf(t.get("to").asText());
                TransitionDecision decision = new TransitionDecision(
                        to,
                        LocalDate.parse(t.get("effectiveOn").asText()),
                        t.get("decisionMaker").asText(),
                        DecisionLevel.valueOf(t.get("decisionLevel").asText()),
                        t.path("decisionReportRef").asText(null),
                        null,
                        agency(entry),
                        t.has("endReason")
                                ? EndReason.valueOf(t.get("endReason").asText())
                                : null,
                        t.path("reason").asText(null),
                        t.path("awardedAtRisk").asBoolean(false));
                contract.moveTo(decision, new TransitionFacts(check, true, true, null), "demo", NOW);
            }
            if (contract.awardedOn() != null) {
                awarded.add(
                        contract.title() + " " + contract.awardedOn() + (contract.awardedAtRisk() ? " at risk" : ""));
            }
        }
        assertThat(awarded)
                .containsExactlyInAnyOrder(
                        "Domestic Violence Perpetrator support workers for the Family Safeguarding Model 2022-08-01",
                        "Alcohol and Drug Use support workers for the Family Safeguarding Model 2022-08-01 at risk",
                        "Family Solutions Plus substance use adult-facing practitioner service (extension) 2024-04-10",
                        "Families Achieving Change Together (FACT) 2019-20 2019-03-12");
    }

    @Test
    void the_leeds_waivers_of_2015_are_assessed_and_permitted_below_the_2015_threshold() throws IOException {
        JsonNode leeds = demo().get("plannedOnly");
        for (JsonNode item : leeds.get("contracts")) {
            ProposedDecision waiver = new ProposedDecision(
                    leeds.get("council").asText(),
                    ServiceType.valueOf(item.get("serviceType").asText()),
                    item.get("annualValue").decimalValue(),
                    BigDecimal.ZERO,
                    LocalDate.parse(leeds.get("checkDate").asText()),
                    ProcurementRoute.CPR_WAIVER,
                    null,
                    item.get("waiverReason").asText(),
                    null,
                    false);
            ProcurementAssessment assessment = RULES.assess(waiver, null);
            assertThat(assessment.proposedRoute().permitted())
                    .as(item.get("title").asText())
                    .isTrue();
            assertThat(assessment.threshold().amount()).isEqualByComparingTo("625050");
        }
    }

    private static UUID agency(JsonNode entry) {
        JsonNode id = entry.get("contract").get("agencyId");
        return id.isNull() ? null : UUID.fromString(id.asText());
    }

    private static Contract planned(JsonNode spec) {
        JsonNode term = spec.get("term");
        List<Integer> options = new ArrayList<>();
        term.get("extensionOptionMonths").forEach(m -> options.add(m.asInt()));
        Set<CommissionedService> services = new HashSet<>();
        spec.get("services").forEach(s -> services.add(CommissionedService.valueOf(s.asText())));
        return Contract.plan(
                spec.get("council").asText(),
                new ContractDetails(
                        spec.get("title").asText(),
                        spec.path("description").asText(null),
                        ServiceType.valueOf(spec.get("serviceType").asText()),
                        agency(wrap(spec)),
                        new Term(
                                LocalDate.parse(term.get("start").asText()),
                                LocalDate.parse(term.get("initialEnd").asText()),
                                options,
                                term.get("extensionDecisionBy").isNull()
                                        ? null
                                        : LocalDate.parse(
                                                term.get("extensionDecisionBy").asText()),
                                term.get("mobilisationDays").asInt()),
                        spec.get("annualValue").decimalValue(),
                        VatBasis.valueOf(spec.get("vatBasis").asText()),
                        services),
                NOW);
    }

    private static JsonNode wrap(JsonNode spec) {
        return new ObjectMapper().createObjectNode().set("contract", spec);
    }

    private static JsonNode demo() throws IOException {
        try (var in = DemoDecisionsTest.class.getResourceAsStream(DEMO)) {
            assertThat(in).as(DEMO + " on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
