package org.familysafeguarding.contracts.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familysafeguarding.contracts.domain.contract.ChangeKind;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.ContractTransition;
import org.familysafeguarding.contracts.domain.contract.ContractVariation;
import org.familysafeguarding.contracts.domain.contract.FinancialYear;
import org.familysafeguarding.contracts.domain.contract.FundingLine;
import org.familysafeguarding.contracts.domain.contract.YearValue;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.tender.Criterion;
import org.familysafeguarding.contracts.domain.tender.CriterionKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes one contracting process as OCDS 1.1 releases: planning (with the budget by financial
 * year, budget breakdown extension), tender, award, contract, implementation (with KPI metrics,
 * metrics extension), one contractAmendment per extension or variation, and contractTermination.
 */
final class OcdsReleases {

    static final String BUDGET_BREAKDOWN = "https://raw.githubusercontent.com/open-contracting-extensions/"
            + "ocds_budget_breakdown_extension/345db699d4915049638a701bf2cb91a7439cff29/extension.json";
    static final String METRICS = "https://raw.githubusercontent.com/open-contracting-extensions/"
            + "ocds_metrics_extension/fad91df868907e339e5b3b4af5c334e02b80fa4f/extension.json";
    static final String CURRENCY = "GBP";
    private static final String AWARD_ID = "award";
    private static final String TENDER_ID = "tender";

    private final ObjectMapper json;
    private final ContractingProcess process;
    private final Contract contract;
    private final String ocid;

    OcdsReleases(ObjectMapper json, ContractingProcess process, String ocid) {
        this.json = json;
        this.process = process;
        this.contract = process.contract();
        this.ocid = ocid;
    }

    List<ObjectNode> releases() {
        List<ObjectNode> releases = new ArrayList<>();
        releases.add(planning());
        transition(ContractState.IN_PROCUREMENT).ifPresent(t -> releases.add(tender(t)));
        transition(ContractState.AWARDED).ifPresent(t -> {
            releases.add(award(t));
            releases.add(contractRelease(t));
        });
        transition(ContractState.LIVE).ifPresent(t -> releases.add(implementation(t)));
        BigDecimal value = contract.lifetimeValue();
        for (ContractVariation variation : process.variations()) {
            value = value.add(variation.valueChange());
            releases.add(amendment(variation, value));
        }
        if (contract.state() == ContractState.ENDED && contract.awardedOn() != null) {
            transition(ContractState.ENDED).ifPresent(t -> releases.add(termination(t, contract.currentValue())));
        }
        return releases;
    }

    private ObjectNode planning() {
        ObjectNode release = release("planning", process.plannedAt(), "planning");
        ObjectNode budget = release.putObject("planning").putObject("budget");
        budget.put("id", "budget");
        budget.put("description", "The contract's value by financial year (1 April - 31 March) over its initial term");
        budget.set("amount", value(contract.lifetimeValue()));
        ArrayNode breakdown = budget.putArray("budgetBreakdown");
        Map<String, List<FundingLine>> funding =
                contract.funding().stream().collect(Collectors.groupingBy(FundingLine::financialYear));
        for (YearValue year : contract.profile()) {
            List<FundingLine> sources = funding.getOrDefault(year.financialYear(), List.of());
            if (sources.isEmpty()) {
                breakdownLine(
                        breakdown, year.financialYear(), "Financial year " + year.financialYear(), year.amount(), null);
            } else {
                for (FundingLine line : sources) {
                    breakdownLine(
                            breakdown,
                            year.financialYear() + "/" + line.source(),
                            "Financial year " + year.financialYear() + ": " + line.source(),
                            line.amount(),
                            line.source());
                }
            }
        }
        ObjectNode tender = release.putObject("tender");
        tender.put("id", TENDER_ID);
        tender.put("title", contract.title());
        describe(tender);
        tender.put("status", "planning");
        tender.put("mainProcurementCategory", "services");
        tender.set("value", value(contract.maximumValue()));
        return release;
    }

    private void breakdownLine(ArrayNode breakdown, String id, String description, BigDecimal amount, String source) {
        FinancialYear year = FinancialYear.parse(id.substring(0, 7));
        ObjectNode line = breakdown.addObject();
        line.put("id", id);
        line.put("description", description);
        line.set("amount", value(amount));
        line.set("period", period(year.start(), year.end()));
        if (source != null) {
            line.putObject("sourceParty").put("name", source);
        }
    }

    private ObjectNode tender(ContractTransition toProcurement) {
        ObjectNode release = release("tender", toProcurement.recordedAt(), "tender");
        ObjectNode tender = tenderSection(release);
        tender.put("title", contract.title());
        describe(tender);
        tender.put("mainProcurementCategory", "services");
        tender.set("value", value(contract.maximumValue()));
        var evaluation = process.tender();
        if (evaluation != null && !evaluation.criteria().isEmpty()) {
            List<Criterion> criteria = evaluation.criteria();
            boolean quality = criteria.stream().anyMatch(c -> c.kind() == CriterionKind.QUALITY);
            tender.put("awardCriteria", quality ? "ratedCriteria" : "priceOnly");
            tender.put(
                    "awardCriteriaDetails",
                    criteria.stream()
                            .map(c -> c.kind() == CriterionKind.MANDATORY
                                    ? c.title() + " (mandatory, pass/fail)"
                                    : c.title() + " (" + c.kind().name().toLowerCase() + ", weight " + c.weight() + ")")
                            .collect(Collectors.joining("; ")));
            if (evaluation.bidsOpenedAt() != null) {
                ObjectNode period = tender.putObject("tenderPeriod");
                period.put("startDate", evaluation.bidsOpenedAt().toString());
                if (evaluation.bidsClosedAt() != null) {
                    period.put("endDate", evaluation.bidsClosedAt().toString());
                }
            }
        }
        if (contract.awardedOn() != null && !process.bidders().isEmpty()) {
            tender.put("numberOfTenderers", process.bidders().size());
            ArrayNode tenderers = tender.putArray("tenderers");
            process.bidders().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(bidder -> {
                        tenderers.add(reference(agencyPartyId(bidder.getKey()), bidder.getValue()));
                        party(release, agencyPartyId(bidder.getKey()), bidder.getValue(), "tenderer");
                    });
        }
        return release;
    }

    private ObjectNode award(ContractTransition awarded) {
        ObjectNode release = release("award", awarded.recordedAt(), "award");
        tenderSection(release);
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", AWARD_ID);
        award.put("title", contract.title());
        award.put("status", "active");
        award.put("date", dateTime(contract.awardedOn()));
        award.set("value", value(contract.lifetimeValue()));
        award.putArray("suppliers").add(supplier(release));
        award.set(
                "contractPeriod",
                period(contract.term().start(), contract.term().initialEnd()));
        return release;
    }

    private ObjectNode contractRelease(ContractTransition awarded) {
        ObjectNode release = release("contract", awarded.recordedAt(), "contract");
        supplier(release);
        ObjectNode c = contractSection(
                release,
                contract.state() == ContractState.LIVE
                        ? "active"
                        : contract.state() == ContractState.ENDED ? "terminated" : "pending");
        c.put("title", contract.title());
        describe(c);
        c.set("period", period(contract.term().start(), contract.term().initialEnd()));
        c.set("value", value(contract.lifetimeValue()));
        return release;
    }

    private ObjectNode implementation(ContractTransition live) {
        ObjectNode release = release("implementation", live.recordedAt(), "implementation");
        supplier(release);
        ObjectNode implementation = contractSection(
                        release, contract.state() == ContractState.ENDED ? "terminated" : "active")
                .putObject("implementation");
        ObjectNode milestone = implementation.putArray("milestones").addObject();
        milestone.put("id", "service-live");
        milestone.put("title", "Service live after mobilisation");
        milestone.put("type", "delivery");
        milestone.put("status", "met");
        milestone.put("dateMet", dateTime(contract.liveOn()));
        if (!process.metrics().isEmpty()) {
            ArrayNode metrics = implementation.putArray("metrics");
            for (ContractingProcess.Metric m : process.metrics()) {
                ObjectNode metric = metrics.addObject();
                metric.put("id", m.id());
                metric.put("title", m.title());
                metric.put("description", m.description());
                ArrayNode observations = metric.putArray("observations");
                for (ContractingProcess.Observation o : m.observations()) {
                    ObjectNode observation = observations.addObject();
                    observation.put("id", o.id());
                    if (o.measure() != null) {
                        observation.put("measure", o.measure());
                    }
                    observation.putObject("unit").put("name", o.unit());
                    if (o.periodStart() != null) {
                        observation.set("period", period(o.periodStart(), o.periodEnd()));
                    }
                    ObjectNode dimensions = observation.putObject("dimensions");
                    o.dimensions().forEach(dimensions::put);
                }
            }
        }
        return release;
    }

    private ObjectNode amendment(ContractVariation variation, BigDecimal valueAfter) {
        ObjectNode release = release("amendment-" + variation.id(), variation.recordedAt(), "contractAmendment");
        supplier(release);
        ObjectNode c = contractSection(release, "active");
        c.set("period", period(contract.term().start(), variation.endAfter()));
        c.set("value", value(valueAfter));
        ObjectNode amendment = c.putArray("amendments").addObject();
        amendment.put("id", variation.id().toString());
        amendment.put("date", dateTime(variation.effectiveOn()));
        if (variation.kind() == ChangeKind.EXTENSION) {
            amendment.put(
                    "description",
                    "Extension option of " + variation.extensionMonths() + " months taken: the end " + "moves from "
                            + variation.endBefore() + " to " + variation.endAfter() + ".");
            amendment.put(
                    "rationale",
                    variation.reason() == null || variation.reason().isBlank()
                            ? "Extension option in the contract"
                            : variation.reason());
        } else {
            amendment.put(
                    "description",
                    "Variation: value change " + variation.valueChange().setScale(2, RoundingMode.HALF_UP) + " "
                            + CURRENCY + ", end " + variation.endBefore() + " to "
                            + variation.endAfter()
                            + (variation.scopeChange() == null
                                            || variation.scopeChange().isBlank()
                                    ? ""
                                    : "; scope: " + variation.scopeChange().strip()));
            amendment.put("rationale", variation.reason());
        }
        return release;
    }

    private ObjectNode termination(ContractTransition ended, BigDecimal value) {
        ObjectNode release = release("termination", ended.recordedAt(), "contractTermination");
        supplier(release);
        ObjectNode c = contractSection(release, "terminated");
        c.set("period", period(contract.term().start(), contract.endedOn()));
        c.set("value", value(value));
        return release;
    }

    private ObjectNode release(String suffix, Instant date, String tag) {
        ObjectNode release = json.createObjectNode();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + suffix);
        release.put("date", date.toString());
        release.putArray("tag").add(tag);
        release.put("initiationType", "tender");
        release.put("language", "en");
        release.set("buyer", reference(buyerPartyId(), councilName()));
        party(release, buyerPartyId(), councilName(), "buyer", "procuringEntity");
        return release;
    }

    private ObjectNode tenderSection(ObjectNode release) {
        ObjectNode tender = release.putObject("tender");
        tender.put("id", TENDER_ID);
        tender.put(
                "status",
                switch (contract.state()) {
                    case PLANNED -> "planned";
                    case IN_PROCUREMENT, IN_EVALUATION -> "active";
                    case ENDED -> contract.awardedOn() == null ? "cancelled" : "complete";
                    default -> "complete";
                });
        String method = method(process.route());
        if (method != null) {
            tender.put("procurementMethod", method);
            tender.put("procurementMethodDetails", process.route().name());
        }
        return tender;
    }

    private ObjectNode contractSection(ObjectNode release, String status) {
        ObjectNode c = release.putArray("contracts").addObject();
        c.put("id", contract.id().toString());
        c.put("awardID", AWARD_ID);
        c.put("status", status);
        return c;
    }

    private ObjectNode supplier(ObjectNode release) {
        String name = process.supplierName();
        party(release, agencyPartyId(contract.agencyId()), name, "supplier");
        return reference(agencyPartyId(contract.agencyId()), name);
    }

    private void party(ObjectNode release, String id, String name, String... roles) {
        ArrayNode parties = release.has("parties") ? (ArrayNode) release.get("parties") : release.putArray("parties");
        for (var existing : parties) {
            if (existing.get("id").asText().equals(id)) {
                ArrayNode known = (ArrayNode) existing.get("roles");
                for (String role : roles) {
                    known.add(role);
                }
                return;
            }
        }
        ObjectNode party = parties.addObject();
        party.put("id", id);
        if (name != null) {
            party.put("name", name);
        }
        ArrayNode list = party.putArray("roles");
        for (String role : roles) {
            list.add(role);
        }
    }

    private ObjectNode reference(String id, String name) {
        ObjectNode reference = json.createObjectNode();
        reference.put("id", id);
        if (name != null) {
            reference.put("name", name);
        }
        return reference;
    }

    private void describe(ObjectNode section) {
        if (contract.description() != null && !contract.description().isBlank()) {
            section.put("description", contract.description());
        }
    }

    private ObjectNode value(BigDecimal amount) {
        ObjectNode value = json.createObjectNode();
        value.put("amount", amount.setScale(2, RoundingMode.HALF_UP));
        value.put("currency", CURRENCY);
        return value;
    }

    private ObjectNode period(LocalDate start, LocalDate end) {
        ObjectNode period = json.createObjectNode();
        period.put("startDate", dateTime(start));
        period.put("endDate", dateTime(end));
        return period;
    }

    private Optional<ContractTransition> transition(ContractState to) {
        return process.transitions().stream().filter(t -> t.to() == to).reduce((first, second) -> second);
    }

    private String councilName() {
        return process.councilName() == null ? contract.councilCode() : process.councilName();
    }

    private String buyerPartyId() {
        return "GB-GSS-" + contract.councilCode();
    }

    static String agencyPartyId(UUID agencyId) {
        return "agency-" + agencyId;
    }

    static String dateTime(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** OCDS procurement method of a route: open competition, limited choice, or direct. */
    static String method(ProcurementRoute route) {
        if (route == null) {
            return null;
        }
        return switch (route) {
            case OPEN_COMPETITION, PSR_COMPETITIVE_PROCESS -> "open";
            case PSR_MOST_SUITABLE_PROVIDER -> "limited";
            // a PSR modification adds to the existing contract without a competition
            case DIRECT_AWARD,
                    CPR_WAIVER,
                    PSR_DIRECT_AWARD_A,
                    PSR_DIRECT_AWARD_B,
                    PSR_DIRECT_AWARD_C,
                    PSR_MODIFICATION -> "direct";
        };
    }
}
