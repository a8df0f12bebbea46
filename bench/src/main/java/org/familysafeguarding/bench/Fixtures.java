package org.familysafeguarding.bench;

import static org.familysafeguarding.bench.StackApi.CASELOAD;
import static org.familysafeguarding.bench.StackApi.CONTRACTS;
import static org.familysafeguarding.bench.StackApi.PARTNERS;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the scenarios call on, found in the running stack or made once through the API as the people
 * who would make it (as InterventionToKpiE2ETest does): a live West Sussex substance-use contract of
 * Change, Grow, Live with a drug-test KPI, and the invented "Benchmark family" whose mother is
 * allocated to the CGL practitioner. A later run finds and reuses both, so runs add interventions
 * (bounded per run) and agencies, nothing else.
 *
 * @param childrenByUser the children each council user may read, as their own search shows them
 */
record Fixtures(String council, String contractId, String motherId, Map<String, List<String>> childrenByUser) {

    static final String FAMILY_NAME = "Benchmark family";
    static final String SURNAME = "Benchmark";
    /** The demo users who record interventions on the mother: her substance-use worker and the family's lead. */
    static final List<String> WRITERS = List.of("cgl-practitioner", "ws-social-worker");

    static Fixtures prepare(StackApi api, Consumer<String> progress) throws InterruptedException {
        String council = api.user("ws-commissioner").council();
        String cgl = api.user("cgl-practitioner").agencyId();
        progress.accept("finding the CGL practitioner, the West Sussex social worker and their team");
        String cglWorker = practitionerId(api, cgl, api.user("cgl-practitioner"));
        String[] lead = leadAndTeam(api, api.user("ws-social-worker"));
        progress.accept("finding (or making) a live substance-use contract with a drug-test KPI");
        String contract = contract(api, council, cgl);
        progress.accept("finding (or making) the " + FAMILY_NAME + " and its allocations");
        String mother = allocatedMother(api, lead[0], lead[1], cglWorker);
        progress.accept("listing the children each council user may read");
        return new Fixtures(council, contract, mother, childrenByUser(api));
    }

    // ---------------------------------------------------------------- people and teams

    private static String practitionerId(StackApi api, String agency, StackApi.DemoUser user) {
        JsonNode found = api.ok(api.get(PARTNERS, "/api/partners/v1/agencies/" + agency + "/practitioners?size=100&familyName="
                + StackApi.encode(user.lastName()), "platform-admin"), "the practitioners of " + agency);
        for (JsonNode p : found.path("items")) {
            if (user.username().equals(p.path("login").asText())) {
                return p.path("id").asText();
            }
        }
        throw new IllegalStateException("no practitioner with login " + user.username() + " in agency " + agency);
    }

    /** The practitioner of a council's demo social worker and the team they are a member of. */
    private static String[] leadAndTeam(StackApi api, StackApi.DemoUser worker) {
        List<JsonNode> teams = pages(api, PARTNERS, "/api/partners/v1/teams?size=100", "ws-partnership-admin");
        Set<String> agencies = new LinkedHashSet<>();
        teams.forEach(t -> t.path("members").forEach(m -> {
            if ("SOCIAL_WORKER".equals(m.path("role").asText())) {
                agencies.add(m.path("agencyId").asText());
            }
        }));
        for (String agency : agencies) {
            String practitioner;
            try {
                practitioner = practitionerId(api, agency, worker);
            } catch (IllegalStateException e) {
                continue;
            }
            for (JsonNode team : teams) {
                for (JsonNode member : team.path("members")) {
                    if (practitioner.equals(member.path("practitionerId").asText()) && member.path("to").isNull()) {
                        return new String[] { practitioner, team.path("id").asText() };
                    }
                }
            }
        }
        throw new IllegalStateException("the demo social worker " + worker.username() + " is in no team");
    }

    // ---------------------------------------------------------------- the contract

    private static String contract(StackApi api, String council, String cgl) throws InterruptedException {
        for (JsonNode c : pages(api, CONTRACTS, "/api/contracts/v1/contracts?size=100", "ws-commissioner")) {
            if ("LIVE".equals(c.path("state").asText()) && cgl.equals(c.path("agencyId").asText())
                    && c.path("services").toString().contains("\"SUBSTANCE_USE\"")) {
                JsonNode performance = api.ok(api.get(CONTRACTS, "/api/contracts/v1/contracts/" + c.path("id").asText()
                        + "/kpis/performance", "ws-commissioner"), "a contract's KPI performance");
                for (JsonNode result : performance.path("results")) {
                    if ("DRUG_TEST".equals(result.path("interventionType").asText())) {
                        return c.path("id").asText();
                    }
                }
            }
        }
        return newContract(api, council, cgl);
    }

    private static String newContract(StackApi api, String council, String cgl) throws InterruptedException {
        LocalDate today = LocalDate.now();
        String check = api.ok(api.post(CONTRACTS, "/api/contracts/v1/procurement-checks", "ws-commissioner", """
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 1200000.00,
                 "decisionDate": "%s", "proposedRoute": "DIRECT_AWARD", "ground": "PUBLIC_PUBLIC_COOPERATION"}"""
                .formatted(council, today)), "a procurement check").path("id").asText();
        String contract = api.ok(api.post(CONTRACTS, "/api/contracts/v1/contracts", "ws-commissioner", """
                {"council": "%s", "title": "Substance use practitioners for family safeguarding (benchmark)",
                 "description": "Adult-facing substance use workers in locality teams",
                 "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": null,
                 "term": {"start": "%s", "initialEnd": "%s", "extensionOptionMonths": [12],
                          "extensionDecisionBy": "%s", "mobilisationDays": 0},
                 "annualValue": 300000.00, "vatBasis": "VAT_EXEMPT", "services": ["SUBSTANCE_USE"]}"""
                .formatted(council, today, today.plusYears(3).minusDays(1), today.plusYears(2))), "a new contract")
                .path("id").asText();
        String[][] moves = { { "AWARDED", "CABINET" }, { "MOBILISING", "OFFICER" }, { "LIVE", "OFFICER" } };
        for (int v = 0; v < moves.length; v++) {
            var request = api.request(CONTRACTS, "/api/contracts/v1/contracts/" + contract + "/transitions", "ws-commissioner")
                    .header("Content-Type", "application/json").header("If-Match", "\"" + v + "\"")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                            {"to": "%s", "effectiveOn": "%s", "decisionMaker": "Cabinet", "decisionLevel": "%s",
                             "decisionReportRef": "CAB-BENCH-001", "procurementCheckId": %s, "agencyId": %s, "endReason": null}"""
                            .formatted(moves[v][0], today, moves[v][1], v == 0 ? "\"" + check + "\"" : "null",
                                    v == 0 ? "\"" + cgl + "\"" : "null")))
                    .build();
            api.ok(api.send(request), "the contract's move to " + moves[v][0]);
        }
        api.ok(api.post(CONTRACTS, "/api/contracts/v1/contracts/" + contract + "/kpis", "ws-commissioner",
                "{\"interventionType\": \"DRUG_TEST\", \"perQuarter\": 750}"), "the drug-test KPI");
        // caseload-service learns of the live contract from contracts.events before it allows the allocation
        Thread.sleep(Duration.ofSeconds(2));
        return contract;
    }

    // ---------------------------------------------------------------- the family

    private static String allocatedMother(StackApi api, String lead, String team, String cglWorker) throws InterruptedException {
        String family = null;
        for (JsonNode f : pages(api, CASELOAD, "/api/caseload/v1/families?size=100&q=" + StackApi.encode(FAMILY_NAME),
                "ws-partnership-admin")) {
            if (FAMILY_NAME.equals(f.path("name").asText())) {
                family = f.path("id").asText();
                break;
            }
        }
        if (family == null) {
            family = api.ok(api.post(CASELOAD, "/api/caseload/v1/families", "ws-social-worker",
                    "{\"name\": \"" + FAMILY_NAME + "\"}"), "a new family").path("id").asText();
        }
        JsonNode view = api.ok(api.get(CASELOAD, "/api/caseload/v1/families/" + family, "ws-partnership-admin"), "the family");
        String child = view.path("children").path(0).path("id").asText(null);
        if (child == null) {
            child = idOf(api.ok(api.post(CASELOAD, "/api/caseload/v1/families/" + family + "/children", "ws-social-worker", """
                    {"givenName": "Robin", "familyName": "%s", "dateOfBirth": "2019-04-09", "sex": "F", "ethnicity": "WBRI",
                     "disabilities": ["NONE"], "councilChildId": "%s"}"""
                    .formatted(SURNAME, "BN" + UUID.randomUUID().toString().replace("-", "").substring(0, 8))), "a new child"));
        }
        String mother = view.path("adults").path(0).path("id").asText(null);
        if (mother == null) {
            mother = idOf(api.ok(api.post(CASELOAD, "/api/caseload/v1/families/" + family + "/adults", "ws-social-worker", """
                    {"givenName": "Alex", "familyName": "%s", "dateOfBirth": "1990-07-21",
                     "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(SURNAME, child)),
                    "a new adult"));
        }
        boolean led = false;
        boolean withCgl = false;
        for (JsonNode a : items(api.ok(api.get(CASELOAD, "/api/caseload/v1/families/" + family + "/allocations?size=100",
                "ws-partnership-admin"), "the family's allocations"))) {
            if (!a.path("open").asBoolean()) {
                continue;
            }
            led |= a.path("adultId").isNull() && lead.equals(a.path("practitionerId").asText());
            withCgl |= mother.equals(a.path("adultId").asText()) && cglWorker.equals(a.path("practitionerId").asText())
                    && "SUBSTANCE_USE".equals(a.path("specialism").asText());
        }
        if (!led) {
            api.ok(api.post(CASELOAD, "/api/caseload/v1/families/" + family + "/allocations", "ws-team-manager",
                    "{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(team, lead)), "the family's allocation");
        }
        if (!withCgl) {
            // caseload-service allows it once it has learnt (from contracts.events) that CGL is commissioned
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            StackApi.Answer answer;
            do {
                answer = api.post(CASELOAD, "/api/caseload/v1/adults/" + mother + "/allocations", "ws-team-manager",
                        "{\"practitionerId\": \"%s\", \"specialism\": \"SUBSTANCE_USE\"}".formatted(cglWorker));
                if (!answer.ok()) {
                    Thread.sleep(Duration.ofMillis(500));
                }
            } while (!answer.ok() && System.nanoTime() < until);
            api.ok(answer, "the mother's allocation to the CGL practitioner");
        }
        return mother;
    }

    private static Map<String, List<String>> childrenByUser(StackApi api) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (StackApi.DemoUser user : api.users) {
            if (user.council().isEmpty() || !List.of("social-worker", "team-manager", "partnership-admin").contains(user.role())) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            items(api.ok(api.get(CASELOAD, "/api/caseload/v1/children?size=50", user.username()), "the children of "
                    + user.username())).forEach(c -> ids.add(c.path("id").asText()));
            if (!ids.isEmpty()) {
                found.put(user.username(), List.copyOf(ids));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no council user may read any child: is the demo data loaded?");
        }
        return found;
    }

    // ---------------------------------------------------------------- lists

    private static String idOf(JsonNode created) {
        return created.hasNonNull("id") ? created.path("id").asText() : created.path("record").path("id").asText();
    }

    /** The items of a page, or the elements of a plain array. */
    static List<JsonNode> items(JsonNode body) {
        List<JsonNode> list = new ArrayList<>();
        (body.isArray() ? body : body.path("items")).forEach(list::add);
        return list;
    }

    /** Every item of a paged list (page size in the path). */
    private static List<JsonNode> pages(StackApi api, java.net.URI base, String path, String username) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonNode body = api.ok(api.get(base, path + "&page=" + page, username), path);
            List<JsonNode> items = items(body);
            all.addAll(items);
            if (items.isEmpty() || all.size() >= body.path("totalItems").asLong(0)) {
                break;
            }
        }
        return all;
    }
}
