package org.familysafeguarding.dashboard.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.familysafeguarding.dashboard.view.Format;
import org.familysafeguarding.dashboard.view.Page;
import org.familysafeguarding.dashboard.view.Rows;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.familysafeguarding.dashboard.web.Pages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The team manager's page: the teams with their caseload limits and fidelity, families and their
 * allocations, allocations by agency, and group supervision actions overdue.
 */
@Path("/team")
public class TeamPage {

    static final int FAMILIES_PER_PAGE = 20;

    private final Gateway gateway;
    private final Pages pages;

    public TeamPage(Gateway gateway, Pages pages) {
        this.gateway = gateway;
        this.pages = pages;
    }

    @GET
    public Response show(
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("csv") String csv) {
        String search = query == null || query.isBlank() ? null : query.trim();
        Answer teams = gateway.call(api -> api.teams(0, 100));
        List<Section> sections = new ArrayList<>();
        if (teams instanceof Answer.Ok(JsonNode body)) {
            sections.add(limits(Rows.items(body)));
            sections.add(fidelity(Rows.items(body)));
        } else {
            sections.add(Section.notice("limits", "Caseload limits", Section.Notice.of(teams, "the teams")));
            sections.add(Section.notice("fidelity", "Model fidelity", Section.Notice.of(teams, "the teams")));
        }
        sections.addAll(families(search, Math.max(0, page)));
        sections.add(overdueActions());
        Filter filter = new Filter(List.of(Filter.Field.text(
                "q", "Family name", search, "Part of a family's name, to find it among the families")));
        return pages.answer(
                new Page("/team", "Team", "Caseloads, allocations, fidelity and supervision", filter, sections), csv);
    }

    private static Section limits(List<JsonNode> teams) {
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode team : teams) {
            Map<String, BigDecimal> fte = new HashMap<>();
            Map<String, Integer> people = new HashMap<>();
            for (JsonNode member : team.path("members")) {
                if (member.path("to").isNull() || member.path("to").isMissingNode()) {
                    String role = member.path("role").asText();
                    fte.merge(role, new BigDecimal(member.path("fte").asText("0")), BigDecimal::add);
                    people.merge(role, 1, Integer::sum);
                }
            }
            new TreeMap<>(mapOf(team.path("caseloadLimits")))
                    .forEach((role, limit) -> rows.add(List.of(
                            Cell.of(team.path("name").asText()),
                            Cell.of(Format.words(role)),
                            Cell.of(limit),
                            Cell.of(String.valueOf(people.getOrDefault(role, 0))),
                            Cell.of(Format.number(fte.getOrDefault(role, BigDecimal.ZERO))))));
        }
        Table table = new Table(
                "limits",
                "Caseload limit per practitioner, and who is in post, by role",
                List.of(
                        Column.text("Team"),
                        Column.text("Role"),
                        Column.number("Caseload limit"),
                        Column.number("Practitioners in post"),
                        Column.number("FTE in post")),
                rows,
                null,
                null);
        return Section.tables(
                "limits",
                "Caseload limits",
                "The limits allocations are checked against. The API has no team-wide count of each practitioner's open "
                        + "allocations, so the families below show allocations family by family.",
                table);
    }

    private static Map<String, String> mapOf(JsonNode object) {
        Map<String, String> map = new HashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private Section fidelity(List<JsonNode> teams) {
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode team : teams) {
            UUID id = UUID.fromString(team.path("id").asText());
            Answer answer = gateway.call(api -> api.fidelity(id));
            if (!(answer instanceof Answer.Ok(JsonNode f))) {
                return Section.notice("fidelity", "Model fidelity", Section.Notice.of(answer, "the teams' fidelity"));
            }
            List<String> lacking = new ArrayList<>();
            f.path("lacking")
                    .forEach(l -> lacking.add(Format.words(
                            l.isTextual() ? l.asText() : l.path("discipline").asText())));
            new TreeMap<>(mapOf(f.path("fteByDiscipline")))
                    .forEach((discipline, fte) -> rows.add(List.of(
                            Cell.of(team.path("name").asText()),
                            Cell.of(Format.words(discipline)),
                            Cell.of(fte),
                            lacking.contains(Format.words(discipline))
                                    ? Cell.tagged("Lacking", "red")
                                    : Cell.tagged("In place", "green"))));
            lacking.stream()
                    .filter(l -> rows.stream().noneMatch(r -> r.get(1).text().equals(l)))
                    .forEach(l -> rows.add(List.of(
                            Cell.of(team.path("name").asText()),
                            Cell.of(l),
                            Cell.of("0"),
                            Cell.tagged("Lacking", "red"))));
        }
        Table table = new Table(
                "fidelity",
                "FTE in post by discipline, against the model's co-located team",
                List.of(
                        Column.text("Team"),
                        Column.text("Discipline"),
                        Column.number("FTE in post"),
                        Column.text("Fidelity")),
                rows,
                new Chart(Chart.Kind.BAR, "FTE"),
                null);
        return Section.tables(
                "fidelity",
                "Model fidelity",
                "A Family Safeguarding team has social workers with domestic abuse, substance use and mental health practitioners.",
                table);
    }

    private List<Section> families(String search, int page) {
        Answer answer = gateway.call(api -> api.families(search, page, FAMILIES_PER_PAGE));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return List.of(
                    Section.notice("families", "Families and allocations", Section.Notice.of(answer, "the families")),
                    Section.notice("by-agency", "Allocations by agency", Section.Notice.of(answer, "the allocations")));
        }
        Map<String, String> agencyNames = agencyNames();
        Map<String, Integer> byAgency = new TreeMap<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode family : Rows.items(body)) {
            UUID id = UUID.fromString(family.path("id").asText());
            Answer allocations = gateway.call(api -> api.familyAllocations(id));
            if (!(allocations instanceof Answer.Ok(JsonNode list))) {
                rows.add(List.of(
                        Cell.of(family.path("name").asText()),
                        Cell.of(""),
                        Cell.of(""),
                        Cell.tagged("Not known", "grey")));
                continue;
            }
            List<String> agencies = new ArrayList<>();
            int open = 0;
            for (JsonNode allocation : Rows.items(list)) {
                if (allocation.path("open").asBoolean()) {
                    open++;
                    String agency = agencyNames.getOrDefault(
                            allocation.path("agencyId").asText(),
                            allocation.path("agencyId").asText());
                    agencies.add(agency);
                    byAgency.merge(agency, 1, Integer::sum);
                }
            }
            rows.add(List.of(
                    Cell.of(family.path("name").asText()),
                    Cell.of(String.valueOf(open)),
                    Cell.of(String.join("; ", agencies.stream().distinct().toList())),
                    open == 0 ? Cell.tagged("Unallocated", "red") : Cell.tagged("Allocated", "green")));
        }
        Table families = new Table(
                "families",
                "Families, with their open allocations",
                List.of(
                        Column.text("Family"),
                        Column.number("Open allocations"),
                        Column.text("Agencies"),
                        Column.text("Allocation")),
                rows,
                null,
                Rows.paging(body));
        List<List<Cell>> agencyRows = new ArrayList<>();
        byAgency.forEach((agency, count) -> agencyRows.add(List.of(Cell.of(agency), Cell.of(String.valueOf(count)))));
        Table agencies = new Table(
                "by-agency",
                "Open allocations by agency, for the families on this page",
                List.of(Column.text("Agency"), Column.number("Open allocations")),
                agencyRows,
                new Chart(Chart.Kind.BAR, "Allocations"),
                null);
        return List.of(
                Section.tables(
                        "families",
                        "Families and allocations",
                        "Unallocated families have no open allocation to a worker.",
                        families),
                Section.tables("by-agency", "Allocations by agency", null, agencies));
    }

    private Map<String, String> agencyNames() {
        Map<String, String> names = new HashMap<>();
        if (gateway.call(api -> api.agencies(null, 0, 100)) instanceof Answer.Ok(JsonNode body)) {
            Rows.items(body)
                    .forEach(
                            a -> names.put(a.path("id").asText(), a.path("name").asText()));
        }
        return names;
    }

    private Section overdueActions() {
        Answer answer = gateway.call(api -> api.overdueActions(null, 0, 100));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice(
                    "actions",
                    "Group supervision actions overdue",
                    Section.Notice.of(answer, "the supervision actions"));
        }
        Table table = new Table(
                "actions",
                "Actions agreed in group supervision and now overdue",
                List.of(Column.text("Action"), Column.text("Due"), Column.text("Status")),
                Rows.map(
                        Rows.items(body),
                        a -> List.of(
                                Cell.of(a.path("description").asText()),
                                Cell.of(Format.date(a.path("dueDate"))),
                                Cell.tagged(
                                        "Overdue: "
                                                + Format.words(a.path("status")).toLowerCase(),
                                        "red"))),
                null,
                Rows.paging(body));
        return Section.tables("actions", "Group supervision actions overdue", null, table);
    }
}
