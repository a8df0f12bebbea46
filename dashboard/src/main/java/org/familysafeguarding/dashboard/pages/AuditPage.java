package org.familysafeguarding.dashboard.pages;

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
import org.familysafeguarding.dashboard.view.Column;
import org.familysafeguarding.dashboard.view.Filter;
import org.familysafeguarding.dashboard.view.Format;
import org.familysafeguarding.dashboard.view.Page;
import org.familysafeguarding.dashboard.view.Rows;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.familysafeguarding.dashboard.web.Pages;

import com.fasterxml.jackson.databind.JsonNode;

/** The auditor's page: each service's audit log verification, and who accessed a given child's record. */
@Path("/audit")
public class AuditPage {

    static final List<String> SERVICES = List.of("partners", "contracts", "caseload");

    private final Gateway gateway;
    private final Pages pages;

    public AuditPage(Gateway gateway, Pages pages) {
        this.gateway = gateway;
        this.pages = pages;
    }

    @GET
    public Response show(
            @QueryParam("child") String child,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("csv") String csv) {
        List<Section> sections = new ArrayList<>();
        sections.add(verification());
        sections.add(childAccess(child == null ? "" : child.trim(), Math.max(0, page)));
        Filter filter = new Filter(List.of(Filter.Field.text(
                "child",
                "Child's record id",
                child,
                "The record id from the case management system, for example 0f8fad5b-d9cb-469f-a165-70867728950e")));
        return pages.answer(
                new Page(
                        "/audit",
                        "Audit",
                        "Who looked at which record, and whether the logs are intact",
                        filter,
                        sections),
                csv);
    }

    private Section verification() {
        List<List<Cell>> rows = new ArrayList<>();
        Answer last = null;
        for (String service : SERVICES) {
            Answer answer = gateway.call(api -> api.auditVerification(service));
            last = answer;
            if (answer instanceof Answer.Ok(JsonNode v)) {
                rows.add(List.of(
                        Cell.of(service + "-service"),
                        v.path("intact").asBoolean() ? Cell.tagged("Intact", "green") : Cell.tagged("Altered", "red"),
                        Cell.of(text(v.path("firstBrokenSeq"))),
                        Cell.of(text(v.path("problem"))),
                        Cell.of(text(v.path("verifiedAt"))),
                        Cell.of(text(v.path("lastFullVerificationAt")))));
            } else {
                Section.Notice notice = Section.Notice.of(answer, "this log's verification");
                rows.add(List.of(
                        Cell.of(service + "-service"),
                        Cell.tagged("Not known", "grey"),
                        Cell.of(""),
                        Cell.of(notice.title()),
                        Cell.of(""),
                        Cell.of("")));
            }
        }
        if (rows.stream().allMatch(r -> "Not known".equals(r.get(1).text()))) {
            return Section.notice("verification", "Audit log verification", Section.Notice.of(last, "the audit logs"));
        }
        Table table = new Table(
                "verification",
                "Verification of each service's hash-chained audit log",
                List.of(
                        Column.text("Service"),
                        Column.text("State"),
                        Column.number("First broken entry"),
                        Column.text("Problem"),
                        Column.text("Checked at"),
                        Column.text("Last full walk of the chain")),
                rows,
                null,
                null);
        return Section.tables(
                "verification",
                "Audit log verification",
                "Each service's audit log is a hash chain: an altered or removed entry breaks it. Only your council's part is told.",
                table);
    }

    private Section childAccess(String child, int page) {
        String heading = "Who accessed a child's record";
        if (child.isEmpty()) {
            return Section.of(
                    "access",
                    heading,
                    "Enter a child's record id above to list every read and change of it.",
                    List.of(),
                    List.of());
        }
        UUID childId;
        try {
            childId = UUID.fromString(child);
        } catch (IllegalArgumentException notAnId) {
            return Section.notice(
                    "access",
                    heading,
                    new Section.Notice(
                            "The record id is not valid",
                            "A record id looks like 0f8fad5b-d9cb-469f-a165-70867728950e.",
                            false,
                            400));
        }
        Answer answer = gateway.call(api -> api.childAccess(childId, page, 50));
        if (!(answer instanceof Answer.Ok(JsonNode body))) {
            return Section.notice("access", heading, Section.Notice.of(answer, "this child's record"));
        }
        Table table = new Table(
                "access",
                "Reads and changes of child " + childId,
                List.of(
                        Column.text("When"),
                        Column.text("Who"),
                        Column.text("Roles"),
                        Column.text("Organisation"),
                        Column.text("Record"),
                        Column.text("Action"),
                        Column.text("Outcome"),
                        Column.text("Request id")),
                Rows.map(
                        Rows.items(body),
                        e -> List.of(
                                Cell.of(e.path("at").asText()),
                                Cell.of(e.path("username").asText()),
                                Cell.of(roles(e.path("roles").asText())),
                                Cell.of(e.path("organisation").asText()),
                                Cell.of(e.path("recordType").asText()),
                                Cell.of(Format.words(e.path("action"))),
                                "ALLOWED".equals(e.path("outcome").asText())
                                        ? Cell.tagged("Allowed", "green")
                                        : Cell.tagged(Format.words(e.path("outcome")), "red"),
                                Cell.of(e.path("requestId").asText()))),
                null,
                Rows.paging(body));
        return Section.tables("access", heading, null, table);
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    /** The platform's own roles, without Keycloak's defaults. */
    static String roles(String roles) {
        return String.join(
                ", ",
                java.util.Arrays.stream(roles.split(","))
                        .filter(r -> !r.startsWith("default-roles")
                                && !r.equals("offline_access")
                                && !r.equals("uma_authorization"))
                        .toList());
    }
}
