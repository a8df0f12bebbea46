package org.familysafeguarding.dashboard.pages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.familysafeguarding.dashboard.client.Answer;
import org.familysafeguarding.dashboard.client.Gateway;
import org.familysafeguarding.dashboard.view.Cell;
import org.familysafeguarding.dashboard.view.Chart;
import org.familysafeguarding.dashboard.view.Column;
import org.familysafeguarding.dashboard.view.Filter;
import org.familysafeguarding.dashboard.view.FinancialQuarter;
import org.familysafeguarding.dashboard.view.Format;
import org.familysafeguarding.dashboard.view.Page;
import org.familysafeguarding.dashboard.view.Rows;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.familysafeguarding.dashboard.web.Pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The commissioner's page: the contract register, its alerts, spend, KPI performance and risks. */
@Path("/commissioning")
public class CommissioningPage {

    static final int QUARTERS = 4;
    private static final List<String> STATES =
            List.of("PLANNED", "IN_PROCUREMENT", "IN_EVALUATION", "AWARDED", "MOBILISING", "LIVE", "ENDED");

    private final Gateway gateway;
    private final Pages pages;
    private final Clock clock;

    public CommissioningPage(Gateway gateway, Pages pages) {
        this.gateway = gateway;
        this.pages = pages;
        this.clock = Clock.systemDefaultZone();
    }

    @GET
    public Response show(
            @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("within") @DefaultValue("180") int within,
            @QueryParam("csv") String csv) {
        String wantedState = state != null && STATES.contains(state) ? state : null;
        int alertDays = within == 30 || within == 90 ? within : 180;
        int pageNumber = Math.max(0, page);

        Answer all = gateway.call(api -> api.contracts(null, 0, 100));
        Map<String, String> titles = new LinkedHashMap<>();
        List<JsonNode> contracts = all instanceof Answer.Ok(JsonNode body) ? Rows.items(body) : List.of();
        contracts.forEach(c -> titles.put(c.path("id").asText(), c.path("title").asText()));

        List<Section> sections = new ArrayList<>();
        sections.add(alerts(alertDays));
        sections.add(register(wantedState, pageNumber));
        sections.add(
                all instanceof Answer.Ok
                        ? spend(contracts)
                        : Section.notice(
                                "spend", "Spend by financial year", Section.Notice.of(all, "the contracts' spend")));
        sections.add(kpis(titles));
        sections.add(
                all instanceof Answer.Ok
                        ? risks(contracts)
                        : Section.notice("risks", "Risks by score", Section.Notice.of(all, "the contracts' risks")));

        Filter filter = new Filter(List.of(
                Filter.Field.select(
                        "state", "Contract status", wantedState == null ? "" : wantedState, options(STATES)),
                Filter.Field.select(
                        "within",
                        "Alerts due within",
                        String.valueOf(alertDays),
                        List.of(new String[] {"30", "30 days"}, new String[] {"90", "90 days"}, new String[] {
                            "180", "180 days"
                        }))));
        return pages.answer(
                new Page(
                        "/commissioning",
                        "Commissioning",
                        "Contracts, alerts, spend and performance",
                        filter,
                        sections),
                csv);
    }

    private static List<String[]> options(List<String> codes) {
        List<String[]> options = new ArrayList<>();
        options.add(new String[] {"", "Any status"});
        codes.forEach(code -> options.add(new String[] {code, Format.words(code)}));
        return options;
    }

    private Section alerts(int withinDays) {
        Answer answer = gateway.call(api -> api.alerts(withinDays, 0, 100));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice("alerts", "Alerts", Section.Notice.of(answer, "the contract alerts"));
        }
        Table table = new Table(
                "alerts",
                "Contracts ending or due an extension decision within " + withinDays + " days",
                List.of(
                        Column.text("Contract"),
                        Column.text("Alert"),
                        Column.text("Due on"),
                        Column.number("Days left"),
                        Column.text("Urgency")),
                Rows.map(
                        Rows.items(body),
                        alert -> List.of(
                                Cell.of(alert.path("title").asText()),
                                Cell.of(
                                        alert.path("kind").asText().equals("ENDING")
                                                ? "Contract ends"
                                                : "Extension decision due"),
                                Cell.of(Format.date(alert.path("dueOn"))),
                                Cell.of(alert.path("daysLeft").asText()),
                                urgency(alert.path("daysLeft").asInt()))),
                null,
                Rows.paging(body));
        return Section.tables(
                "alerts",
                "Alerts",
                "Alerts at 180, 90 and 30 days before a contract ends or its extension decision is due.",
                table);
    }

    static Cell urgency(int daysLeft) {
        if (daysLeft <= 30) {
            return Cell.tagged("Within 30 days", "red");
        }
        return daysLeft <= 90 ? Cell.tagged("Within 90 days", "orange") : Cell.tagged("Within 180 days", "yellow");
    }

    private Section register(String state, int page) {
        Answer answer = gateway.call(api -> api.contracts(state, page, 20));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice("register", "Contract register", Section.Notice.of(answer, "the contract register"));
        }
        Table table = new Table(
                "register",
                "Contracts, with status, value and end date" + (state == null ? "" : ": " + Format.words(state)),
                List.of(
                        Column.text("Contract"),
                        Column.text("Status"),
                        Column.number("Annual value (GBP)"),
                        Column.number("Current value (GBP)"),
                        Column.text("Started"),
                        Column.text("Ends"),
                        Column.text("Extension decision by")),
                Rows.map(
                        Rows.items(body),
                        c -> List.of(
                                Cell.of(c.path("title").asText()),
                                Cell.tagged(
                                        Format.words(c.path("state")),
                                        stateColour(c.path("state").asText())),
                                Cell.of(Format.money(c.path("money").path("annualValue"))),
                                Cell.of(Format.money(c.path("money").path("currentValue"))),
                                Cell.of(Format.date(c.path("term").path("start"))),
                                Cell.of(Format.date(c.path("term").path("currentEnd"))),
                                Cell.of(Format.date(c.path("term").path("extensionDecisionBy"))))),
                null,
                Rows.paging(body));
        return Section.tables("register", "Contract register", null, table);
    }

    private static String stateColour(String state) {
        return switch (state) {
            case "LIVE" -> "green";
            case "ENDED" -> "grey";
            case "MOBILISING", "AWARDED" -> "turquoise";
            default -> "blue";
        };
    }

    /** Money by financial year across the council's contracts, split by the funding sources the register records. */
    static Section spend(List<JsonNode> contracts) {
        String unattributed = "No source recorded";
        Map<String, Map<String, BigDecimal>> byYear = new TreeMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (JsonNode contract : contracts) {
            for (JsonNode year : contract.path("money").path("profile")) {
                Map<String, BigDecimal> row =
                        byYear.computeIfAbsent(year.path("financialYear").asText(), fy -> new LinkedHashMap<>());
                BigDecimal rest = new BigDecimal(year.path("amount").asText("0"));
                for (JsonNode funding : year.path("funding")) {
                    String source = funding.path("source").asText();
                    BigDecimal amount = new BigDecimal(funding.path("amount").asText("0"));
                    sources.add(source);
                    row.merge(source, amount, BigDecimal::add);
                    rest = rest.subtract(amount);
                }
                if (rest.signum() != 0) {
                    row.merge(unattributed, rest, BigDecimal::add);
                }
            }
        }
        boolean anyUnattributed = byYear.values().stream().anyMatch(r -> r.containsKey(unattributed));
        if (anyUnattributed) {
            sources.add(unattributed);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Financial year"));
        sources.forEach(source -> columns.add(Column.number(source + " (GBP)")));
        columns.add(Column.number("Total (GBP)"));
        List<List<Cell>> rows = new ArrayList<>();
        byYear.forEach((year, amounts) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(year));
            BigDecimal total = BigDecimal.ZERO;
            for (String source : sources) {
                BigDecimal amount = amounts.getOrDefault(source, BigDecimal.ZERO);
                total = total.add(amount);
                row.add(Cell.of(Format.number(amount)));
            }
            row.add(Cell.of(Format.number(total)));
            rows.add(row);
        });
        Table table = new Table(
                "spend",
                "Spend by financial year and funding source, all contracts",
                columns,
                rows,
                new Chart(Chart.Kind.STACKED_BAR, "GBP"),
                null);
        return Section.tables(
                "spend",
                "Spend by financial year",
                "The revenue profile of every contract in the register, by the funding source recorded for each year.",
                table);
    }

    private Section kpis(Map<String, String> titles) {
        FinancialQuarter quarter = FinancialQuarter.of(LocalDate.now(clock));
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        List<JsonNode> results = new ArrayList<>();
        String bands = null;
        for (FinancialQuarter q : quarters) {
            Answer answer = gateway.call(api -> api.kpiPerformance(q.code(), 0, 100));
            if (!(answer instanceof Answer.Ok(JsonNode body))) {
                return Section.notice("kpis", "KPI performance", Section.Notice.of(answer, "KPI performance"));
            }
            for (JsonNode contract : Rows.items(body)) {
                JsonNode b = contract.path("bands");
                bands =
                        "Met from %s%% of target, slightly below from %s%%, below from %s%%; under that, significantly below."
                                .formatted(
                                        b.path("metFrom").asText(),
                                        b.path("slightlyBelowFrom").asText(),
                                        b.path("belowFrom").asText());
                for (JsonNode result : contract.path("results")) {
                    ObjectNode copy = result.deepCopy();
                    results.add(copy.put("quarter", q.code())
                            .put("contractId", contract.path("contractId").asText()));
                }
            }
        }
        return kpiSection(results, quarters, titles, bands);
    }

    static Section kpiSection(
            List<JsonNode> results, List<FinancialQuarter> quarters, Map<String, String> titles, String bands) {
        long contracts = results.stream()
                .map(r -> r.path("contractId").asText())
                .distinct()
                .count();
        Map<String, Map<String, String>> byQuarter = new LinkedHashMap<>();
        quarters.forEach(q -> byQuarter.put(q.code(), new LinkedHashMap<>()));
        Set<String> series = new LinkedHashSet<>();
        List<List<Cell>> detail = new ArrayList<>();
        results.stream()
                .sorted(Comparator.comparing((JsonNode r) -> r.path("quarter").asText())
                        .thenComparing(
                                r -> titles.getOrDefault(r.path("contractId").asText(), ""))
                        .thenComparing(r -> r.path("interventionType").asText()))
                .forEach(r -> {
                    String contract = titles.getOrDefault(
                            r.path("contractId").asText(), r.path("contractId").asText());
                    String kpi = Format.words(r.path("interventionType"));
                    String name = contracts > 1 ? kpi + " (" + contract + ")" : kpi;
                    series.add(name);
                    byQuarter.get(r.path("quarter").asText()).put(name, Format.number(r.path("percentOfTarget")));
                    detail.add(List.of(
                            Cell.of(r.path("quarter").asText()),
                            Cell.of(contract),
                            Cell.of(kpi),
                            Cell.of(r.path("target").asText()),
                            Cell.of(r.path("actual").asText()),
                            Cell.of(Format.number(r.path("percentOfTarget"))),
                            rating(r.path("rating").asText())));
                });
        List<Column> chartColumns = new ArrayList<>();
        chartColumns.add(Column.text("Quarter"));
        series.forEach(s -> chartColumns.add(Column.number(s + " (% of target)")));
        List<List<Cell>> chartRows = new ArrayList<>();
        byQuarter.forEach((q, values) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(q));
            series.forEach(s -> row.add(Cell.of(values.getOrDefault(s, ""))));
            chartRows.add(row);
        });
        Table chart = new Table(
                "kpi-quarters",
                "Percentage of target by quarter",
                chartColumns,
                chartRows,
                new Chart(Chart.Kind.BAR, "% of target"),
                null);
        Table ratings = new Table(
                "kpis",
                "KPI results and ratings by quarter",
                List.of(
                        Column.text("Quarter"),
                        Column.text("Contract"),
                        Column.text("KPI"),
                        Column.number("Target"),
                        Column.number("Actual"),
                        Column.number("% of target"),
                        Column.text("Rating")),
                detail,
                null,
                null);
        if (results.isEmpty()) {
            return Section.tables(
                    "kpis",
                    "KPI performance",
                    "No contract of yours has KPI targets in the last " + QUARTERS + " quarters.",
                    ratings);
        }
        return Section.tables(
                "kpis",
                "KPI performance",
                "Counted from the interventions recorded against each contract. " + (bands == null ? "" : bands),
                chart,
                ratings);
    }

    static Cell rating(String rating) {
        return switch (rating) {
            case "MET" -> Cell.tagged("Met", "green");
            case "SLIGHTLY_BELOW" -> Cell.tagged("Slightly below", "yellow");
            case "BELOW" -> Cell.tagged("Below", "orange");
            case "SIGNIFICANTLY_BELOW" -> Cell.tagged("Significantly below", "red");
            default -> Cell.of(Format.words(rating));
        };
    }

    private Section risks(List<JsonNode> contracts) {
        List<List<Cell>> rows = new ArrayList<>();
        List<JsonNode> risks = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (JsonNode contract : contracts) {
            titles.put(contract.path("id").asText(), contract.path("title").asText());
            Answer answer = gateway.call(
                    api -> api.contractRisks(UUID.fromString(contract.path("id").asText()), 0, 100));
            if (!(answer instanceof Answer.Ok(JsonNode body))) {
                return Section.notice("risks", "Risks by score", Section.Notice.of(answer, "the contracts' risks"));
            }
            risks.addAll(Rows.items(body));
        }
        risks.sort(
                Comparator.comparingInt((JsonNode r) -> r.path("score").asInt()).reversed());
        for (JsonNode risk : risks) {
            rows.add(List.of(
                    Cell.of(risk.path("description").asText()),
                    Cell.of(titles.get(risk.path("contractId").asText())),
                    Cell.of(risk.path("impact").asText()),
                    Cell.of(risk.path("probability").asText()),
                    Cell.of(risk.path("score").asText()),
                    Cell.of(risk.path("owner").asText()),
                    Cell.of(Format.date(risk.path("reviewDate"))),
                    risk.path("reviewOverdue").asBoolean()
                            ? Cell.tagged("Review overdue", "red")
                            : Cell.tagged("In date", "green")));
        }
        Table table = new Table(
                "risks",
                "Contract risks, highest score first",
                List.of(
                        Column.text("Risk"),
                        Column.text("Contract"),
                        Column.number("Impact"),
                        Column.number("Probability"),
                        Column.number("Score"),
                        Column.text("Owner"),
                        Column.text("Review by"),
                        Column.text("Review")),
                rows,
                null,
                null);
        return Section.tables("risks", "Risks by score", "Score is impact times probability, each from 1 to 5.", table);
    }
}
