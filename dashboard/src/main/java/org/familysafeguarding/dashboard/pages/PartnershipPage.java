package org.familysafeguarding.dashboard.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * The partnership admin's page: agencies and their accreditation (lapsing soon), information-sharing
 * agreements ending, and the workforce in post against each contract's staffing.
 */
@Path("/partnership")
public class PartnershipPage {

    static final int SOON_DAYS = 90;
    static final int AGREEMENT_SOON_DAYS = 180;

    private final Gateway gateway;
    private final Pages pages;

    public PartnershipPage(Gateway gateway, Pages pages) {
        this.gateway = gateway;
        this.pages = pages;
    }

    @GET
    public Response show(
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("csv") String csv) {
        String search = query == null || query.isBlank() ? null : query.trim();
        LocalDate today = LocalDate.now();
        List<Section> sections = new ArrayList<>();
        sections.add(agencies(search, Math.max(0, page), today));
        sections.add(agreements(today));
        sections.add(workforce());
        Filter filter = new Filter(List.of(Filter.Field.text("q", "Agency name", search, "Part of an agency's name")));
        return pages.answer(
                new Page("/partnership", "Partnership", "Agencies, agreements and workforce", filter, sections), csv);
    }

    private Section agencies(String search, int page, LocalDate today) {
        Answer answer = gateway.call(api -> api.agencies(search, page, 20));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice("agencies", "Agencies and accreditation", Section.Notice.of(answer, "the agencies"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode agency : Rows.items(body)) {
            UUID id = UUID.fromString(agency.path("id").asText());
            Answer accreditations = gateway.call(api -> api.accreditations(id));
            List<JsonNode> list = accreditations instanceof Answer.Ok(JsonNode a) ? Rows.items(a) : List.of();
            if (list.isEmpty()) {
                rows.add(List.of(
                        Cell.of(agency.path("name").asText()),
                        Cell.of(Format.words(agency.path("kind"))),
                        Cell.of(accreditations instanceof Answer.Ok ? "Not accredited" : "Not known"),
                        Cell.of(""),
                        Cell.tagged("None", "grey")));
            }
            for (JsonNode accreditation : list) {
                String until = accreditation.path("validUntil").asText(null);
                rows.add(List.of(
                        Cell.of(agency.path("name").asText()),
                        Cell.of(Format.words(agency.path("kind"))),
                        Cell.of(Format.words(accreditation.path("status"))),
                        Cell.of(Format.date(until)),
                        lapsing(accreditation.path("status").asText(), until, today)));
            }
        }
        Table table = new Table(
                "agencies",
                "Partner agencies and their accreditation with your council",
                List.of(
                        Column.text("Agency"),
                        Column.text("Kind"),
                        Column.text("Accreditation"),
                        Column.text("Valid until"),
                        Column.text("Lapsing")),
                rows,
                null,
                Rows.paging(body));
        return Section.tables(
                "agencies",
                "Agencies and accreditation",
                "Accreditation lapses by itself when a due diligence check expires; lapsing soon means within "
                        + SOON_DAYS + " days.",
                table);
    }

    static Cell lapsing(String status, String validUntil, LocalDate today) {
        if (!"ACCREDITED".equals(status) || validUntil == null) {
            return Cell.tagged(Format.words(status), "grey");
        }
        long days = ChronoUnit.DAYS.between(today, LocalDate.parse(validUntil));
        return days <= SOON_DAYS
                ? Cell.tagged("Lapses in " + days + " days", "orange")
                : Cell.tagged("In date", "green");
    }

    private Section agreements(LocalDate today) {
        Answer answer = gateway.call(api -> api.agreements(0, 100));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice(
                    "agreements",
                    "Information-sharing agreements",
                    Section.Notice.of(answer, "the information-sharing agreements"));
        }
        List<JsonNode> items = new ArrayList<>(Rows.items(body));
        items.sort((a, b) ->
                a.path("endDate").asText("9999").compareTo(b.path("endDate").asText("9999")));
        Table table = new Table(
                "agreements",
                "Information-sharing agreements, ending soonest first",
                List.of(
                        Column.text("Purpose"),
                        Column.number("Agencies"),
                        Column.text("Status"),
                        Column.text("Starts"),
                        Column.text("Ends"),
                        Column.text("Review by"),
                        Column.text("Ending")),
                Rows.map(
                        items,
                        a -> List.of(
                                Cell.of(a.path("purpose").asText()),
                                Cell.of(String.valueOf(a.path("agencyIds").size())),
                                Cell.of(Format.words(a.path("status"))),
                                Cell.of(Format.date(a.path("startDate"))),
                                Cell.of(Format.date(a.path("endDate"))),
                                Cell.of(Format.date(a.path("reviewDate"))),
                                ending(a, today))),
                null,
                Rows.paging(body));
        return Section.tables(
                "agreements",
                "Information-sharing agreements",
                "Partner staff see a council's records only under a live agreement; ending soon means within "
                        + AGREEMENT_SOON_DAYS + " days.",
                table);
    }

    static Cell ending(JsonNode agreement, LocalDate today) {
        if (!agreement.path("liveToday").asBoolean()) {
            return Cell.tagged("Not live", "grey");
        }
        String end = agreement.path("endDate").asText(null);
        if (end == null) {
            return Cell.tagged("Open-ended", "green");
        }
        long days = ChronoUnit.DAYS.between(today, LocalDate.parse(end));
        return days <= AGREEMENT_SOON_DAYS
                ? Cell.tagged("Ends in " + days + " days", "orange")
                : Cell.tagged("Live", "green");
    }

    private Section workforce() {
        Answer contracts = gateway.call(api -> api.contracts(null, 0, 100));
        if (!(contracts instanceof Answer.Ok(JsonNode body))) {
            return Section.notice(
                    "workforce", "Workforce against contracted FTE", Section.Notice.of(contracts, "the contracts"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> totals = new ArrayList<>();
        for (JsonNode contract : Rows.items(body)) {
            if ("ENDED".equals(contract.path("state").asText())) {
                continue;
            }
            UUID id = UUID.fromString(contract.path("id").asText());
            Answer staffing = gateway.call(api -> api.staffing(id));
            if (!(staffing instanceof Answer.Ok(JsonNode s))) {
                return Section.notice(
                        "workforce",
                        "Workforce against contracted FTE",
                        Section.Notice.of(staffing, "the contracts' staffing"));
            }
            String title = contract.path("title").asText();
            for (JsonNode role : s.path("roles")) {
                rows.add(List.of(
                        Cell.of(title),
                        Cell.of(Format.words(role.path("role"))),
                        Cell.of(Format.number(role.path("required"))),
                        Cell.of(Format.number(role.path("inPost"))),
                        Cell.of(Format.number(role.path("gap"))),
                        gap(role.path("gap"))));
            }
            totals.add(List.of(
                    Cell.of(title),
                    Cell.of(Format.number(s.path("totalRequired"))),
                    Cell.of(Format.number(s.path("totalInPost")))));
        }
        Table chart = new Table(
                "workforce-totals",
                "Contracted FTE and FTE in post, by contract",
                List.of(Column.text("Contract"), Column.number("Contracted FTE"), Column.number("FTE in post")),
                totals,
                new Chart(Chart.Kind.BAR, "FTE"),
                null);
        Table table = new Table(
                "workforce",
                "Contracted FTE against FTE in post, by contract and role",
                List.of(
                        Column.text("Contract"),
                        Column.text("Role"),
                        Column.number("Contracted FTE"),
                        Column.number("FTE in post"),
                        Column.number("Gap"),
                        Column.text("Staffing")),
                rows,
                null,
                null);
        return Section.tables(
                "workforce",
                "Workforce against contracted FTE",
                "Each contract's staffing specification against the provider's practitioners in post today.",
                chart,
                table);
    }

    static Cell gap(JsonNode gap) {
        BigDecimal value = gap.isMissingNode() || gap.isNull() ? BigDecimal.ZERO : new BigDecimal(gap.asText());
        return value.signum() > 0
                ? Cell.tagged("Short by " + Format.number(value) + " FTE", "red")
                : Cell.tagged("Fully staffed", "green");
    }
}
