package org.familysafeguarding.dashboard.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.familysafeguarding.dashboard.web.Pages;

import com.fasterxml.jackson.databind.JsonNode;

/** The analyst's page: outcome metrics before and after the model's adoption, Family Star Plus, the business case. */
@Path("/outcomes")
public class OutcomesPage {

    /** The metrics shown, in the order an analyst reads them, with the API's field for each. */
    static final List<String[]> METRICS = List.of(
            new String[] {"referrals", "Referrals"},
            new String[] {"reReferrals", "Re-referrals within 12 months"},
            new String[] {"reReferralRate", "Re-referral rate (%)"},
            new String[] {"childrenInNeed", "Children in need"},
            new String[] {"cinRatePer10000", "Children in need per 10,000 children"},
            new String[] {"childrenOnCinPlans", "Children on CIN plans"},
            new String[] {"cinPlanRatePer10000", "CIN plan rate per 10,000 children"},
            new String[] {"childrenOnCpPlans", "Children on CP plans"},
            new String[] {"cpRatePer10000", "CP rate per 10,000 children"},
            new String[] {"cpPlansStarted", "CP plans started"},
            new String[] {"repeatCpPlans", "Repeat CP plans"},
            new String[] {"repeatCpPlanRate", "Repeat CP plan rate (%)"},
            new String[] {"cpPlansLastingTwoYearsOrMore", "CP plans ended after 2 years or more"},
            new String[] {"childrenLookedAfter", "Children looked after"},
            new String[] {"lookedAfterRatePer10000", "Looked-after rate per 10,000 children"},
            new String[] {"entriesToCare", "Entries to care"},
            new String[] {"entriesToCareRatePer10000", "Entries to care per 10,000 children"});

    static final String SUPPRESSED = "Suppressed (1 to 5)";

    private final Gateway gateway;
    private final Pages pages;

    public OutcomesPage(Gateway gateway, Pages pages) {
        this.gateway = gateway;
        this.pages = pages;
    }

    @GET
    public Response show(@QueryParam("period") String period, @QueryParam("csv") String csv) {
        List<String[]> periods = wholePeriods(LocalDate.now());
        String chosen = periods.stream()
                .map(p -> p[0])
                .filter(p -> p.equals(period))
                .findFirst()
                .orElse(periods.get(0)[0]);
        LocalDate start = LocalDate.parse(chosen.substring(0, 10));
        LocalDate end = LocalDate.parse(chosen.substring(11));
        List<Section> sections = new ArrayList<>();
        Answer outcomes = gateway.call(api -> api.outcomes(start, end));
        sections.add(
                outcomes instanceof Answer.Ok(JsonNode body)
                        ? metrics(body)
                        : Section.notice(
                                "metrics", "Outcome metrics", Section.Notice.of(outcomes, "the outcome metrics")));
        sections.add(familyStar(gateway.call(api -> api.familyStarCohort(start, end))));
        sections.add(businessCase(gateway.call(api -> api.businessCase()), outcomes));
        Filter filter = new Filter(List.of(Filter.Field.select("period", "Period", chosen, periods)));
        return pages.answer(
                new Page(
                        "/outcomes",
                        "Outcomes",
                        "What the model achieved, as counts and rates, never names",
                        filter,
                        sections),
                csv);
    }

    /**
     * The periods an analyst may ask for: whole financial years and quarters that have ended (any other
     * window could be subtracted from another to reveal a small count), latest first, the last year first of all.
     */
    static List<String[]> wholePeriods(LocalDate today) {
        List<String[]> periods = new ArrayList<>();
        FinancialQuarter current = FinancialQuarter.of(today);
        for (int year = current.startYear() - 1; year >= current.startYear() - 3; year--) {
            LocalDate from = LocalDate.of(year, 4, 1);
            periods.add(new String[] {
                from + "/" + from.plusYears(1).minusDays(1), "Financial year %d-%02d".formatted(year, (year + 1) % 100)
            });
        }
        FinancialQuarter quarter = current.previous();
        for (int i = 0; i < 4; i++) {
            LocalDate from = LocalDate.of(quarter.startYear(), 4, 1).plusMonths(3L * (quarter.quarter() - 1));
            periods.add(new String[] {from + "/" + from.plusMonths(3).minusDays(1), "Quarter " + quarter.code()});
            quarter = quarter.previous();
        }
        return periods;
    }

    static Section metrics(JsonNode report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String[] metric : METRICS) {
            rows.add(List.of(
                    Cell.of(metric[1]),
                    figure(report.path("beforeAdoption").path(metric[0])),
                    figure(report.path("afterAdoption").path(metric[0])),
                    figure(report.path("period").path(metric[0]))));
        }
        Table table = new Table(
                "metrics",
                "Outcome metrics before and after the model's adoption",
                List.of(
                        Column.text("Measure"),
                        Column.number("Before adoption"),
                        Column.number("After adoption"),
                        Column.number("Whole period")),
                rows,
                null,
                null);
        List<Section.Fact> facts = List.of(
                new Section.Fact("Model adopted on", Format.date(report.path("modelAdoptedOn"))),
                new Section.Fact(
                        "Period",
                        Format.date(report.path("period").path("period").path("from")) + " to "
                                + Format.date(
                                        report.path("period").path("period").path("to"))),
                new Section.Fact(
                        "Child population",
                        report.path("period").path("population").asText()));
        return Section.of(
                "metrics",
                "Outcome metrics",
                "Counts of 1 to 5 children, and the figures that would let them be worked out, are shown as suppressed. "
                        + "Before and after the model's adoption are shown when the adoption date is not inside the period.",
                facts,
                List.of(table));
    }

    /** A figure as the API gives it: a number, "suppressed" for a small count, or blank when absent. */
    static Cell figure(JsonNode figure) {
        if (figure.isMissingNode() || figure.isNull()) {
            return Cell.of("");
        }
        if (figure.path("suppressed").asBoolean()) {
            return Cell.of(SUPPRESSED);
        }
        return Cell.of(Format.number(figure.path("value")));
    }

    static Section familyStar(Answer answer) {
        String heading = "Family Star Plus distance travelled";
        if (!(answer instanceof Answer.Ok(JsonNode cohort))) {
            return Section.notice("family-star", heading, Section.Notice.of(answer, "Family Star Plus readings"));
        }
        if (cohort.path("suppressed").asBoolean()) {
            return Section.of(
                    "family-star",
                    heading,
                    "Fewer than 6 parents had readings in the period: suppressed.",
                    List.of(),
                    List.of());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode area : cohort.path("areas")) {
            rows.add(List.of(
                    Cell.of(Format.words(area.path("area"))),
                    Cell.of(Format.number(area.path("atStart"))),
                    Cell.of(Format.number(area.path("atLatest")))));
        }
        Table table = new Table(
                "family-star",
                "Average reading by outcome area, first and latest (scale 1 to 10)",
                List.of(Column.text("Outcome area"), Column.number("At start"), Column.number("At latest")),
                rows,
                new Chart(Chart.Kind.BAR, "Average reading"),
                null);
        return Section.of(
                "family-star",
                heading,
                null,
                List.of(new Section.Fact(
                        "Parents with readings", cohort.path("parents").asText())),
                List.of(table));
    }

    static Section businessCase(Answer answer, Answer outcomes) {
        String heading = "Business case against actual cost avoidance";
        if (!(answer instanceof Answer.Ok(JsonNode plan))) {
            return Section.notice("business-case", heading, Section.Notice.of(answer, "the business case"));
        }
        List<Section.Fact> facts = new ArrayList<>();
        facts.add(new Section.Fact("Baseline date", Format.date(plan.path("baselineDate"))));
        facts.add(new Section.Fact(
                "Children on CP plans at the baseline",
                plan.path("baselineCpChildren").asText()));
        facts.add(new Section.Fact(
                "Children looked after at the baseline",
                plan.path("baselineLookedAfter").asText()));
        facts.add(new Section.Fact("Cost of a CP plan a year", Format.money(plan.path("annualCostCpPlan"))));
        facts.add(new Section.Fact(
                "Cost of a child looked after a year", Format.money(plan.path("annualCostLookedAfter"))));
        facts.add(new Section.Fact("Cost avoidance targeted a year", Format.money(plan.path("annualTarget"))));
        if (outcomes instanceof Answer.Ok(JsonNode report)) {
            JsonNode avoided = report.path("costAvoidance");
            if (report.path("costAvoidanceSuppressed").asBoolean()) {
                facts.add(new Section.Fact("Cost avoided a year", SUPPRESSED));
            } else if (avoided.isObject()) {
                facts.add(new Section.Fact(
                        "Fewer children on CP plans than the baseline",
                        avoided.path("fewerCpChildren").asText()));
                facts.add(new Section.Fact(
                        "Fewer children looked after than the baseline",
                        avoided.path("fewerLookedAfter").asText()));
                facts.add(new Section.Fact("Cost avoided a year", Format.money(avoided.path("annualAmount"))));
                facts.add(new Section.Fact("Target a year", Format.money(avoided.path("annualTarget"))));
                facts.add(
                        new Section.Fact("Percentage of target", Format.number(avoided.path("percentOfTarget")) + "%"));
            }
        }
        return Section.of("business-case", heading, null, facts, List.of());
    }
}
