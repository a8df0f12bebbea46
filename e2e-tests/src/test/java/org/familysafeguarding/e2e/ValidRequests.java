package org.familysafeguarding.e2e;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familysafeguarding.e2e.ApiOperations.Operation;
import org.familysafeguarding.e2e.TenantFixtures.Tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid request body for a write operation of the merged OpenAPI document, with real ids of the
 * caller's own tenant: the bodies TenantFixtures makes objects with where it has one, else one built
 * from the request schema (codes the census and the rules know, dates that make sense, ids of fixture
 * objects named after their kind). On an update, the object's current values are kept wherever the
 * schema has a field of the same name, so that a corruption the service failed to refuse would show as
 * that one field changed rather than a rewrite of the whole object.
 */
final class ValidRequests {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Field names whose values come from a code list or a rule the schema does not state. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("sex", "F"),
            Map.entry("ethnicity", "WBRI"),
            Map.entry("source", "6"),
            Map.entry("primaryNeed", "N1"),
            Map.entry("categoryOfAbuse", "NEG"),
            Map.entry("latestCategory", "NEG"),
            Map.entry("legalStatus", "C2"),
            Map.entry("closureReason", "RC1"),
            Map.entry("moduleCode", "MODULE_ONE"),
            Map.entry("code", "MODULE_ONE"),
            Map.entry("councilChildId", "H" + UUID.randomUUID().toString().substring(0, 8)),
            Map.entry("crn", "X123456"),
            Map.entry("login", "hostile.sample"),
            Map.entry("financialYear", "2026-27"),
            Map.entry("charityNumber", "1234567"),
            Map.entry("companiesHouseNumber", "12345678"),
            Map.entry("odsCode", "ABC12"),
            Map.entry("localAuthorityNumber", "938"),
            Map.entry("inHoursPhone", "01632 960000"),
            Map.entry("outOfHoursPhone", "01632 960001"),
            Map.entry("registrationNumber", "SW123456"),
            Map.entry("council", TenantFixtures.OWN_COUNCIL),
            Map.entry("evaluators", "ws-commissioner"),
            Map.entry("nhsNumber", "9434765919"),
            Map.entry("upn", "H801200001001"));

    /** Identifier fields, and the kind of fixture object they name. */
    private static final Map<String, String> ID_KINDS = Map.ofEntries(
            Map.entry("childId", "children"),
            Map.entry("familyId", "families"),
            Map.entry("teamId", "teams"),
            Map.entry("practitionerId", "practitioners"),
            Map.entry("ownerId", "practitioners"),
            Map.entry("managerPractitionerId", "practitioners"),
            Map.entry("agencyId", "agencies"),
            Map.entry("agencyIds", "agencies"),
            Map.entry("bidId", "bids"),
            Map.entry("referralId", "referrals"));

    /** Bodies known to be valid: the ones the fixtures make their objects with. {@code %s} is a fixture id. */
    private static final Map<String, String> KNOWN = Map.of(
            "POST /api/caseload/v1/families",
            "{\"name\": \"Hostile%s family\"}",
            "POST /api/caseload/v1/children/{childId}/referrals",
            "{\"referralDate\": \"" + LocalDate.now().minusDays(3) + "\", \"source\": \"6\", \"primaryNeed\": \"N1\"}",
            "POST /api/caseload/v1/adults/{adultId}/interventions",
            "{\"type\": \"HOME_VISIT\", \"occurredOn\": \"" + LocalDate.now() + "\", \"durationMinutes\": 45, "
                    + "\"notes\": \"Seen at home\", \"notesShared\": false}",
            "POST /api/contracts/v1/contracts/{id}/kpis",
            "{\"interventionType\": \"HOME_VISIT\", \"perQuarter\": 120}",
            "POST /api/contracts/v1/contracts/{id}/tender/bids",
            "{\"agencyId\": \"" + TenantFixtures.OWN_AGENCY
                    + "\", \"price\": 240000.00, \"summary\": \"Locality model\"}");

    private final TenantFixtures fixtures;

    ValidRequests(TenantFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** The body, or null for an operation that takes none or no JSON object. */
    ObjectNode body(Operation operation, JsonNode current) {
        JsonNode schema = operation.requestBodySchema();
        if (schema == null || !"object".equals(schema.path("type").asText("object")) || !schema.has("properties")) {
            return null;
        }
        String known = KNOWN.get(operation.key());
        if (known != null) {
            try {
                return (ObjectNode) JSON.readTree(
                        known.formatted(UUID.randomUUID().toString().substring(0, 6)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return object(schema, current);
    }

    /**
     * The required fields, and on an update every field the object has now: an optional field left out
     * cannot clash with another (a test result on a home visit, an expected birth beside a birth).
     */
    ObjectNode object(JsonNode schema, JsonNode current) {
        ObjectNode body = JSON.createObjectNode();
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            var property = it.next();
            JsonNode field = ApiOperations.resolve(property.getValue());
            JsonNode now = current == null ? null : current.get(property.getKey());
            if (!required.contains(property.getKey()) && (now == null || now.isNull())) {
                continue;
            }
            JsonNode value = value(property.getKey(), field, now);
            if (value != null) {
                body.set(property.getKey(), value);
            }
        }
        return body;
    }

    /** A valid value for one field, to stand where the base body has none. */
    JsonNode value(String name, JsonNode field, JsonNode now) {
        String type = field.path("type").asText(field.has("properties") ? "object" : "string");
        if (now != null && !now.isNull() && sameShape(type, now)) {
            return type.equals("object") ? object(field, now) : now;
        }
        var nodes = JSON.getNodeFactory();
        return switch (type) {
            case "object" -> field.has("properties") ? object(field, null) : JSON.createObjectNode();
            case "array" -> {
                ArrayNode list = JSON.createArrayNode();
                JsonNode item = value(
                        name.endsWith("s") ? name.substring(0, name.length() - 1) : name,
                        ApiOperations.resolve(field.path("items")),
                        null);
                if (name.equals("agencyIds")) {
                    item = nodes.textNode(TenantFixtures.OWN_AGENCY);
                }
                if (item != null) {
                    list.add(item);
                }
                yield list;
            }
            case "integer" ->
                nodes.numberNode(
                        field.has("minimum") ? Math.max(field.path("minimum").asLong(), 1) : 1);
            case "number" -> nodes.numberNode(new java.math.BigDecimal(field.has("maximum") ? "0.50" : "100.00"));
            case "boolean" -> nodes.booleanNode(false);
            default -> nodes.textNode(text(name, field));
        };
    }

    private static boolean sameShape(String type, JsonNode now) {
        return switch (type) {
            case "object" -> now.isObject();
            case "array" -> now.isArray();
            case "integer" -> now.isIntegralNumber();
            case "number" -> now.isNumber();
            case "boolean" -> now.isBoolean();
            default -> now.isTextual();
        };
    }

    private String text(String name, JsonNode field) {
        if (field.has("enum")) {
            return field.path("enum").get(0).asText();
        }
        if (SAMPLES.containsKey(name)) {
            return SAMPLES.get(name);
        }
        String kind = ID_KINDS.get(name);
        if (kind != null || field.path("format").asText().equals("uuid")) {
            String id = kind == null ? null : fixtures.id(kind, Tenant.OWN);
            return id != null ? id : UUID.randomUUID().toString();
        }
        if (field.path("format").asText().equals("date")) {
            return date(name).toString();
        }
        String pattern = field.path("pattern").asText("");
        var alternatives =
                java.util.regex.Pattern.compile("^\\^?\\(([A-Z_|]+)\\)\\$?$").matcher(pattern);
        if (alternatives.matches()) {
            return alternatives.group(1).split("\\|")[0];
        }
        return "Sample " + name;
    }

    /** Ends and reviews in the future, births in the past, everything else today. */
    private static LocalDate date(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("birth")) {
            return LocalDate.of(2008, 5, 1);
        }
        if (List.of("end", "expires", "review", "until", "due", "newend", "decisionby").stream()
                .anyMatch(lower::contains)) {
            return LocalDate.now().plusYears(1);
        }
        return LocalDate.now();
    }
}
