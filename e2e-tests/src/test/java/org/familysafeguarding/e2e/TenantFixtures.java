package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;

/**
 * One object of each kind in the caller's own tenant and one in another tenant, found in the demo
 * data or made through the gateway as the tenant's own staff would. "Own" is West Sussex and its
 * commissioned agency Change, Grow, Live; "other" is Oxfordshire and Turning Point.
 */
final class TenantFixtures {

    enum Tenant {
        OWN,
        OTHER
    }

    static final String OWN_COUNCIL = "E10000032";
    static final String OTHER_COUNCIL = "E10000025";
    static final String OWN_AGENCY = "6f1c2a10-0000-4000-8000-000000000001";
    static final String OTHER_AGENCY = "6f1c2a10-0000-4000-8000-000000000004";
    /** Each demo council's own social-work service, as a partner agency of kind IN_HOUSE. */
    static final Map<String, String> IN_HOUSE_AGENCY = Map.of(
            OWN_COUNCIL, "6f1c2a10-0000-4000-8000-000000000006", OTHER_COUNCIL, "6f1c2a10-0000-4000-8000-000000000007");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Path parameters named after their kind. */
    private static final Map<String, String> KIND_OF_PARAMETER = Map.ofEntries(
            Map.entry("agencyId", "agencies"),
            Map.entry("childId", "children"),
            Map.entry("adultId", "adults"),
            Map.entry("practitionerId", "practitioners"),
            Map.entry("riskId", "risks"),
            Map.entry("familyId", "families"),
            Map.entry("teamId", "teams"),
            Map.entry("contractId", "contracts"),
            Map.entry("council", "councils"),
            Map.entry("kpiId", "kpis"),
            Map.entry("actionId", "actions"),
            Map.entry("bidId", "bids"));

    private final Map<String, Map<Tenant, String>> ids = new HashMap<>();

    /** The path with each parameter filled with an object of the tenant; empty when a kind is unknown. */
    java.util.Optional<String> fill(String template, Tenant tenant) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String kind = KIND_OF_PARAMETER.get(name);
            if (kind == null) {
                String before = template.substring(0, matcher.start() - 1);
                kind = before.substring(before.lastIndexOf('/') + 1);
            }
            if (kind.equals("contracts") && template.contains("/tender")) {
                kind = "tendered-contracts"; // a contract in procurement with a tender open for bids
            }
            String id = id(kind, tenant);
            if (id == null) {
                return java.util.Optional.empty();
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        matcher.appendTail(path);
        return java.util.Optional.of(path.toString());
    }

    String id(String kind, Tenant tenant) {
        if (!ids.containsKey(kind)) {
            Map<Tenant, String> made = make(kind);
            if (made == null) {
                return null;
            }
            ids.put(kind, made);
        }
        return ids.get(kind).get(tenant);
    }

    private Map<Tenant, String> make(String kind) {
        return switch (kind) {
            case "councils" -> both(OWN_COUNCIL, OTHER_COUNCIL);
            case "agencies" -> both(OWN_AGENCY, OTHER_AGENCY);
            case "agreements" ->
                perCouncil(council -> firstId("/api/partners/v1/agreements", "partnership-admin", council));
            case "teams" -> perCouncil(TenantFixtures::teamOfLead);
            case "practitioners" -> both(practitioner(OWN_AGENCY), practitioner(OTHER_AGENCY));
            case "families" -> perCouncil(this::family);
            case "children" -> perCouncil(this::child);
            case "adults" -> perCouncil(this::adult);
            case "referrals" ->
                perCouncil(council -> create(
                        "/api/caseload/v1/children/" + child(council) + "/referrals",
                        "social-worker",
                        council,
                        "{\"referralDate\": \"%s\", \"source\": \"6\", \"primaryNeed\": \"N1\"}"
                                .formatted(LocalDate.now().minusYears(1)),
                        "id")); // in the last census year
            case "assessments" ->
                perCouncil(council -> create(
                        "/api/caseload/v1/children/" + child(council) + "/assessments",
                        "social-worker",
                        council,
                        "{\"startDate\": \"%s\"}".formatted(LocalDate.now().minusDays(20)),
                        "id"));
            case "section47-enquiries" ->
                perCouncil(council -> create(
                        "/api/caseload/v1/children/" + child(council) + "/section47-enquiries",
                        "social-worker",
                        council,
                        "{\"startDate\": \"%s\"}".formatted(LocalDate.now().minusDays(5)),
                        "id"));
            case "plans" ->
                perCouncil(council -> create(
                        "/api/caseload/v1/children/" + child(council) + "/plans",
                        "social-worker",
                        council,
                        "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"%s\"}"
                                .formatted(LocalDate.now().minusDays(10)),
                        "id"));
            case "contracts" -> perCouncil(this::contract);
            case "risks" ->
                perCouncil(council -> create(
                        "/api/contracts/v1/contracts/" + id("contracts", tenantOf(council)) + "/risks",
                        "commissioner",
                        council,
                        """
                            {"description": "Recruitment of specialist workers is slow", "impact": 3, "probability": 2,
                             "mitigation": "Joint recruitment campaign", "owner": "Head of Commissioning",
                             "reviewDate": "%s"}""".formatted(LocalDate.now().plusMonths(3)),
                        "id"));
            case "procurement-checks" ->
                perCouncil(council -> create(
                        "/api/contracts/v1/procurement-checks",
                        "commissioner",
                        council,
                        """
                            {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 2100000.00,
                             "decisionDate": "%s", "proposedRoute": "OPEN_COMPETITION", "ground": null}""".formatted(council, LocalDate.now()),
                        "id"));
            case "allocations" -> perCouncil(this::allocation);
            case "interventions" ->
                perCouncil(council -> {
                    allocation(council); // the lead social worker of the family records
                    return create(
                            "/api/caseload/v1/adults/" + adult(council) + "/interventions",
                            leadLogin(council),
                            council,
                            "{\"type\": \"HOME_VISIT\", \"occurredOn\": \"%s\", \"durationMinutes\": 45}"
                                    .formatted(LocalDate.now()),
                            "id");
                });
            case "group-supervisions" -> perCouncil(this::supervision);
            case "actions" ->
                perCouncil(council -> given().auth()
                        .oauth2(token("team-manager", council))
                        .when()
                        .get(Stack.GATEWAY + "/api/caseload/v1/group-supervisions/" + supervision(council))
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("actions[0].id"));
            case "kpis" ->
                perCouncil(council -> create(
                        "/api/contracts/v1/contracts/" + contract(council) + "/kpis",
                        "commissioner",
                        council,
                        "{\"interventionType\": \"HOME_VISIT\", \"perQuarter\": 120}",
                        "id"));
            case "tendered-contracts" -> perCouncil(this::tendered);
            case "bids" ->
                perCouncil(council -> create(
                        "/api/contracts/v1/contracts/" + tendered(council) + "/tender/bids",
                        "commissioner",
                        council,
                        "{\"agencyId\": \"%s\", \"price\": 240000.00, \"summary\": \"Locality model\"}"
                                .formatted(council.equals(OWN_COUNCIL) ? OWN_AGENCY : OTHER_AGENCY),
                        "id"));
            case "nhs-referrals", "ServiceRequest" -> perCouncil(this::nhsReferral);
            default -> null;
        };
    }

    private final Map<String, String> nhsReferrals = new HashMap<>();

    /** A referral from an NHS trust of a parent of a new family of the council (not allocated to a team). */
    private String nhsReferral(String council) {
        return nhsReferrals.computeIfAbsent(council, c -> {
            String mother = NhsExchange.nhsNumber();
            NhsExchange.family(c, NhsExchange.nhsNumber(), mother);
            return NhsExchange.refer(mother);
        });
    }

    private static Tenant tenantOf(String council) {
        return council.equals(OWN_COUNCIL) ? Tenant.OWN : Tenant.OTHER;
    }

    private static Map<Tenant, String> both(String own, String other) {
        return Map.of(Tenant.OWN, own, Tenant.OTHER, other);
    }

    private static Map<Tenant, String> perCouncil(java.util.function.Function<String, String> make) {
        return both(make.apply(OWN_COUNCIL), make.apply(OTHER_COUNCIL));
    }

    private static String token(String role, String council) {
        return Stack.tokenFor(Stack.user(role, council));
    }

    private static String firstId(String path, String role, String council) {
        List<String> found = given().auth()
                .oauth2(token(role, council))
                .when()
                .get(Stack.GATEWAY + path)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        if (found.isEmpty()) {
            throw new IllegalStateException("The demo data has nothing at " + path + " for " + council);
        }
        return found.get(0);
    }

    /** The agency's demo practitioner (the demo families' invented workers share the agency). */
    private static String practitioner(String agency) {
        String login = Stack.demoUsers().stream()
                .filter(u -> agency.equals(u.agencyId()) && u.role().equals("practitioner"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo practitioner of agency " + agency))
                .username();
        return practitionerId(agency, login);
    }

    private static String create(String path, String role, String council, String body, String idPath) {
        return create(
                path,
                Stack.tokenFor(Stack.demoUsers().stream()
                        .filter(u -> u.role().equals(role) || u.username().equals(role))
                        .filter(u -> council.equals(u.council()))
                        .findFirst()
                        .orElseThrow()),
                role,
                council,
                body,
                idPath);
    }

    private static String create(String path, String token, String role, String council, String body, String idPath) {
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(Stack.GATEWAY + path);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Fixture POST " + path + " as " + role + " of " + council + " answered "
                    + response.statusCode() + ": " + response.asString());
        }
        return response.path(idPath);
    }

    private final Map<String, String> families = new HashMap<>();
    private final Map<String, String> children = new HashMap<>();
    private final Map<String, String> adults = new HashMap<>();
    private final Map<String, String> contracts = new HashMap<>();

    private String family(String council) {
        return families.computeIfAbsent(
                council,
                c -> create(
                        "/api/caseload/v1/families",
                        "social-worker",
                        c,
                        "{\"name\": \"Matrix%s family\"}"
                                .formatted(UUID.randomUUID().toString().substring(0, 6)),
                        "id"));
    }

    private String child(String council) {
        return children.computeIfAbsent(
                council,
                c -> create(
                        "/api/caseload/v1/families/" + family(c) + "/children",
                        "social-worker",
                        c,
                        """
                        {"givenName": "Robin", "familyName": "Matrix", "dateOfBirth": "2019-03-02", "sex": "F",
                         "ethnicity": "WBRI", "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(("M" + UUID.randomUUID().toString().replace("-", "")).substring(0, 10)),
                        "record.id"));
    }

    private String adult(String council) {
        return adults.computeIfAbsent(
                council,
                c -> create(
                        "/api/caseload/v1/families/" + family(c) + "/adults",
                        "social-worker",
                        c,
                        """
                        {"givenName": "Casey", "familyName": "Matrix", "dateOfBirth": "1990-05-01",
                         "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(child(c)),
                        "record.id"));
    }

    /** The council's demo social worker (of the council's in-house agency), who leads the fixture family. */
    private static String leadLogin(String council) {
        return Stack.user("social-worker", council).username();
    }

    /** The demo practitioner of the agency with this login, as the platform admin finds them. */
    static String practitionerId(String agency, String login) {
        // the invented workers of the demo families share the agencies: look through every page
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0, seen = 100; seen == 100; page++) {
            // the platform admin sees every agency's staff (a council's admin not another council's in-house team)
            var answer = given().auth()
                    .oauth2(Stack.tokenFor("platform-admin"))
                    .when()
                    .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + agency + "/practitioners?size=100&page=" + page)
                    .then()
                    .statusCode(200)
                    .extract();
            seen = answer.<List<?>>path("items").size();
            ids.addAll(answer.path("items.findAll { it.login == '%s' }.id".formatted(login)));
        }
        if (ids.size() != 1) {
            throw new IllegalStateException(
                    "The demo data has " + ids.size() + " practitioners " + login + " in " + agency);
        }
        return ids.get(0);
    }

    /** The team the council's demo social worker is a member of (the demo families' teams are not theirs). */
    private static String teamOfLead(String council) {
        String lead = leadPractitioner(council);
        List<String> teams = given().auth()
                .oauth2(token("partnership-admin", council))
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/teams?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        for (String team : teams) {
            List<String> members = given().auth()
                    .oauth2(token("partnership-admin", council))
                    .when()
                    .get(Stack.GATEWAY + "/api/partners/v1/teams/" + team)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("members.practitionerId");
            if (members != null && members.contains(lead)) {
                return team;
            }
        }
        throw new IllegalStateException("The demo social worker of " + council + " is in no team");
    }

    private static String leadPractitioner(String council) {
        return practitionerId(IN_HOUSE_AGENCY.get(council), leadLogin(council));
    }

    private final Map<String, String> allocations = new HashMap<>();

    /** The fixture family allocated to the council's team, led by the council's demo social worker. */
    private String allocation(String council) {
        return allocations.computeIfAbsent(
                council,
                c -> create(
                        "/api/caseload/v1/families/" + family(c) + "/allocations",
                        "team-manager",
                        c,
                        "{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}"
                                .formatted(id("teams", tenantOf(c)), leadPractitioner(c)),
                        "id"));
    }

    private final Map<String, String> supervisions = new HashMap<>();

    private String supervision(String council) {
        return supervisions.computeIfAbsent(council, c -> {
            String lead = leadPractitioner(c);
            return create(
                    "/api/caseload/v1/group-supervisions",
                    "team-manager",
                    c,
                    """
                    {"teamId": "%s", "sessionDate": "%s",
                     "attendees": [{"practitionerId": "%s", "discipline": "SOCIAL_WORK"}],
                     "families": [{"familyId": "%s", "riskRating": "MEDIUM", "decision": "Continue the plan; review in four weeks"}],
                     "actions": [{"familyId": "%s", "description": "Book a joint visit", "ownerId": "%s", "dueDate": "%s"}]}""".formatted(
                                    id("teams", tenantOf(c)),
                                    LocalDate.now(),
                                    lead,
                                    family(c),
                                    family(c),
                                    lead,
                                    LocalDate.now().plusDays(7)),
                    "id");
        });
    }

    private final Map<String, String> tenders = new HashMap<>();

    /** A contract in procurement on an open competition, its tender open for bids, the commissioner on the panel. */
    private String tendered(String council) {
        return tenders.computeIfAbsent(council, c -> {
            String commissioner = Stack.user("commissioner", c).username();
            String id = create("/api/contracts/v1/contracts", "commissioner", c, contractBody(c), "id");
            String check = id("procurement-checks", tenantOf(c));
            String base = Stack.GATEWAY + "/api/contracts/v1/contracts/" + id;
            var asCommissioner = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                    () -> given().auth().oauth2(token("commissioner", c)).contentType(ContentType.JSON);
            asCommissioner
                    .get()
                    .header("If-Match", "\"0\"")
                    .body("""
                    {"to": "IN_PROCUREMENT", "effectiveOn": "%s", "decisionMaker": "Head of Commissioning",
                     "decisionLevel": "OFFICER", "decisionReportRef": "DEL-MATRIX", "procurementCheckId": "%s",
                     "agencyId": null, "endReason": null}""".formatted(LocalDate.now(), check))
                    .when()
                    .post(base + "/transitions")
                    .then()
                    .statusCode(200);
            asCommissioner.get().when().post(base + "/tender").then().statusCode(201);
            asCommissioner
                    .get()
                    .header("If-Match", "\"0\"")
                    .body("""
                    {"criteria": [
                      {"kind": "MANDATORY", "title": "Safeguarding policy", "description": "A board-approved policy"},
                      {"kind": "QUALITY", "title": "Practice model", "weight": 60, "maxScore": 5},
                      {"kind": "PRICE", "title": "Price", "weight": 40}]}""")
                    .when()
                    .put(base + "/tender/criteria")
                    .then()
                    .statusCode(200);
            asCommissioner
                    .get()
                    .header("If-Match", "\"1\"")
                    .body("{\"evaluators\": [\"" + commissioner + "\"]}")
                    .when()
                    .put(base + "/tender/panel")
                    .then()
                    .statusCode(200);
            asCommissioner
                    .get()
                    .header("If-Match", "\"2\"")
                    .when()
                    .post(base + "/tender/open-bids")
                    .then()
                    .statusCode(200);
            return id;
        });
    }

    private static String contractBody(String c) {
        return """
                {"council": "%s", "title": "Family safeguarding adult practitioners",
                 "description": "Domestic abuse and substance use workers in locality teams",
                 "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": null,
                 "term": {"start": "%s", "initialEnd": "%s", "extensionOptionMonths": [24],
                          "extensionDecisionBy": "%s", "mobilisationDays": 60},
                 "annualValue": 250000.00, "vatBasis": "VAT_EXEMPT",
                 "services": ["DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", "SUBSTANCE_USE"]}""".formatted(
                        c,
                        LocalDate.now().plusMonths(6).withDayOfMonth(1),
                        LocalDate.now().plusYears(3),
                        LocalDate.now().plusYears(2));
    }

    private String contract(String council) {
        return contracts.computeIfAbsent(
                council, c -> create("/api/contracts/v1/contracts", "commissioner", c, contractBody(c), "id"));
    }
}
