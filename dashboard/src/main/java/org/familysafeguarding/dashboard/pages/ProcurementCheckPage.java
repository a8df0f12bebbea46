package org.familysafeguarding.dashboard.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.familysafeguarding.dashboard.client.Answer;
import org.familysafeguarding.dashboard.client.Gateway;
import org.familysafeguarding.dashboard.view.Cell;
import org.familysafeguarding.dashboard.view.Column;
import org.familysafeguarding.dashboard.view.Filter;
import org.familysafeguarding.dashboard.view.Format;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.familysafeguarding.dashboard.web.Pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The commissioner's procurement check: a proposed decision goes to the API's rules, and the page
 * explains the regime, threshold, routes and notices they found. The form posts only same-origin
 * (the session cookie is SameSite and the browser's Sec-Fetch-Site is checked).
 */
@Path("/procurement-check")
public class ProcurementCheckPage {

    static final List<String> SERVICE_TYPES =
            List.of("LIGHT_TOUCH_SOCIAL_SERVICES", "HEALTH_CARE_SERVICES", "OTHER_SERVICES");
    static final List<String> ROUTES = List.of(
            "OPEN_COMPETITION",
            "DIRECT_AWARD",
            "CPR_WAIVER",
            "PSR_DIRECT_AWARD_A",
            "PSR_DIRECT_AWARD_B",
            "PSR_DIRECT_AWARD_C",
            "PSR_MOST_SUITABLE_PROVIDER",
            "PSR_COMPETITIVE_PROCESS");
    static final List<String> GROUNDS =
            List.of("PUBLIC_PUBLIC_COOPERATION", "EXTREME_URGENCY", "ONLY_ONE_PROVIDER", "USER_CHOICE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gateway gateway;
    private final Pages pages;
    private final Template form;

    public ProcurementCheckPage(Gateway gateway, Pages pages, @Location("procurement-check.html") Template form) {
        this.gateway = gateway;
        this.pages = pages;
        this.form = form;
    }

    @GET
    public Response blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("serviceType", "LIGHT_TOUCH_SOCIAL_SERVICES");
        values.put("proposedRoute", "OPEN_COMPETITION");
        values.put("decisionDate", LocalDate.now().toString());
        return render(values, List.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(MultivaluedMap<String, String> submitted, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return pages.problem(
                    403, "This form can only be sent from the dashboard", "Open the form and send it again.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of(
                "serviceType",
                "estimatedLifetimeValue",
                "vat",
                "decisionDate",
                "proposedRoute",
                "ground",
                "waiverReason",
                "existingLifetimeValue",
                "materiallyDifferent")) {
            String value = submitted.getFirst(name);
            values.put(name, value == null ? "" : value.trim());
        }
        List<String[]> errors = validate(values);
        if (!errors.isEmpty()) {
            return render(values, errors, null, null);
        }
        ObjectNode proposal = proposal(values, pages.viewer().council());
        Answer answer = gateway.call(api -> api.checkProcurement(proposal));
        return switch (answer) {
            case Answer.Ok(JsonNode result) -> render(values, List.of(), result, null);
            case Answer.Refused(int status, String detail)
            when status == 400 || status == 422 ->
                render(
                        values,
                        List.<String[]>of(new String[] {
                            "serviceType", detail == null ? "The rules could not check this proposal." : detail
                        }),
                        null,
                        null);
            default -> render(values, List.of(), null, Section.Notice.of(answer, "the procurement rules"));
        };
    }

    static List<String[]> validate(Map<String, String> values) {
        List<String[]> errors = new ArrayList<>();
        if (!SERVICE_TYPES.contains(values.get("serviceType"))) {
            errors.add(new String[] {"serviceType", "Select the kind of service"});
        }
        if (!money(values.get("estimatedLifetimeValue"), true)) {
            errors.add(new String[] {
                "estimatedLifetimeValue",
                "Enter the estimated lifetime value in pounds, for example 900000 or 900000.50"
            });
        }
        if (!money(values.get("vat"), false)) {
            errors.add(new String[] {"vat", "Enter the VAT in pounds, or leave it empty for an exempt service"});
        }
        try {
            LocalDate.parse(values.get("decisionDate"));
        } catch (DateTimeParseException invalid) {
            errors.add(new String[] {"decisionDate", "Enter the decision date as a date, for example 2026-12-04"});
        }
        if (!ROUTES.contains(values.get("proposedRoute"))) {
            errors.add(new String[] {"proposedRoute", "Select the proposed route"});
        }
        if (!values.get("ground").isEmpty() && !GROUNDS.contains(values.get("ground"))) {
            errors.add(new String[] {"ground", "Select a ground from the list"});
        }
        if (values.get("waiverReason").length() > 2000) {
            errors.add(new String[] {"waiverReason", "The waiver reason must be 2,000 characters or fewer"});
        }
        if (!money(values.get("existingLifetimeValue"), false)) {
            errors.add(new String[] {
                "existingLifetimeValue", "Enter the existing contract's lifetime value in pounds, or leave it empty"
            });
        }
        return errors;
    }

    private static boolean money(String text, boolean required) {
        if (text == null || text.isEmpty()) {
            return !required;
        }
        return text.matches("\\d{1,12}(\\.\\d{1,2})?");
    }

    static ObjectNode proposal(Map<String, String> values, String council) {
        ObjectNode proposal = JSON.createObjectNode();
        proposal.put("council", council);
        proposal.put("serviceType", values.get("serviceType"));
        proposal.put("estimatedLifetimeValue", new BigDecimal(values.get("estimatedLifetimeValue")));
        if (!values.get("vat").isEmpty()) {
            proposal.put("vat", new BigDecimal(values.get("vat")));
        }
        proposal.put("decisionDate", values.get("decisionDate"));
        proposal.put("proposedRoute", values.get("proposedRoute"));
        if (!values.get("ground").isEmpty()) {
            proposal.put("ground", values.get("ground"));
        }
        if (!values.get("waiverReason").isEmpty()) {
            proposal.put("waiverReason", values.get("waiverReason"));
        }
        if (!values.get("existingLifetimeValue").isEmpty()) {
            proposal.put("existingLifetimeValue", new BigDecimal(values.get("existingLifetimeValue")));
        }
        proposal.put("materiallyDifferent", "true".equals(values.get("materiallyDifferent")));
        return proposal;
    }

    private Response render(Map<String, String> values, List<String[]> errors, JsonNode result, Section.Notice notice) {
        Map<String, String> errorByField = new LinkedHashMap<>();
        errors.forEach(e -> errorByField.put(e[0], e[1]));
        return pages.html(
                errors.isEmpty() ? 200 : 400,
                form.data("viewer", pages.viewer())
                        .data("values", values)
                        .data("errors", errorByField)
                        .data("serviceTypes", options(SERVICE_TYPES, values.get("serviceType")))
                        .data("routes", options(ROUTES, values.get("proposedRoute")))
                        .data("grounds", options(GROUNDS, values.get("ground")))
                        .data("result", result == null ? null : explain(result))
                        .data("notice", notice)
                        .render());
    }

    private static List<Filter.Option> options(List<String> codes, String selected) {
        return codes.stream()
                .map(code -> new Filter.Option(code, routeName(code), code.equals(selected)))
                .toList();
    }

    /** PSR_DIRECT_AWARD_A reads "PSR direct award A", CPR_WAIVER "CPR waiver". */
    static String routeName(String code) {
        String words = Format.words(code);
        if (words.startsWith("Psr ") || words.startsWith("Cpr ")) {
            words = words.substring(0, 3).toUpperCase() + words.substring(3);
        }
        return words.matches(".* [abc]")
                ? words.substring(0, words.length() - 1)
                        + words.substring(words.length() - 1).toUpperCase()
                : words;
    }

    /** What the rules found, as a summary and two tables. */
    public record Explanation(
            List<Section.Fact> facts, boolean permitted, String proposedRouteReason, Table routes, Table notices) {

        public List<Table> tables() {
            return List.of(routes, notices);
        }
    }

    static Explanation explain(JsonNode result) {
        JsonNode threshold = result.path("threshold");
        List<Section.Fact> facts = List.of(
                new Section.Fact("Regime", result.path("regimeTitle").asText()),
                new Section.Fact(
                        "Threshold",
                        Format.money(threshold.path("amount"))
                                + (threshold.path("vatInclusive").asBoolean() ? " including VAT" : " excluding VAT")
                                + ", from " + Format.date(threshold.path("effectiveFrom"))),
                new Section.Fact("Value compared", Format.money(result.path("comparedValue"))),
                new Section.Fact(
                        "Threshold reached", result.path("thresholdReached").asBoolean() ? "Yes" : "No"),
                new Section.Fact("Standstill", result.path("standstill").asText("None")),
                new Section.Fact("Decision level", Format.words(result.path("decisionLevel"))),
                new Section.Fact("Key decision", result.path("keyDecision").asBoolean() ? "Yes" : "No"));
        Table routes = new Table(
                "routes",
                "Every route the rules considered",
                List.of(Column.text("Route"), Column.text("Permitted"), Column.text("Why")),
                rowsOf(
                        result.path("routes"),
                        r -> List.of(
                                Cell.of(routeName(r.path("route").asText())),
                                r.path("permitted").asBoolean()
                                        ? Cell.tagged("Permitted", "green")
                                        : Cell.tagged("Not permitted", "red"),
                                Cell.of(r.path("reason").asText()))),
                null,
                null);
        Table notices = new Table(
                "notices",
                "Notices to publish",
                List.of(Column.text("Notice"), Column.text("Name")),
                rowsOf(
                        result.path("notices"),
                        n -> List.of(
                                Cell.of(n.path("code").asText()),
                                Cell.of(n.path("name").asText()))),
                null,
                null);
        JsonNode proposed = result.path("proposedRoute");
        return new Explanation(
                facts,
                proposed.path("permitted").asBoolean(),
                proposed.path("reason").asText(),
                routes,
                notices);
    }

    private static List<List<Cell>> rowsOf(JsonNode array, java.util.function.Function<JsonNode, List<Cell>> row) {
        List<List<Cell>> rows = new ArrayList<>();
        array.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }
}
