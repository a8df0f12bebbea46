package org.familysafeguarding.bench;

import static org.familysafeguarding.bench.StackApi.CASELOAD;
import static org.familysafeguarding.bench.StackApi.CONTRACTS;
import static org.familysafeguarding.bench.StackApi.PARTNERS;

import java.net.URI;
import java.net.http.HttpRequest;
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
 * Change, Grow, Live with a drug-test KPI, and an invented "Benchmark family" in West Sussex and in
 * Oxfordshire, each a child and a mother, the family led by the council's demo social worker and the
 * mother allocated to the demo practitioners of the agencies commissioned there. A later run finds
 * and reuses them all, so runs add interventions (bounded per run) and agencies, nothing else.
 *
 * @param motherId       the West Sussex mother, whose drug tests the contract's KPI counts
 * @param writers        who records interventions in the write row: every one allowed to, so that the
 *                       gateway's per-caller limit is shared out (at least the CGL practitioner and the
 *                       West Sussex social worker; the others when their council and contracts allow)
 * @param childrenByUser the children each council user may read, as their own search shows them
 */
record Fixtures(
        String council,
        String contractId,
        String motherId,
        List<Writer> writers,
        Map<String, List<String>> childrenByUser) {

    static final String FAMILY_NAME = "Benchmark family";
    static final String SURNAME = "Benchmark";
    static final int MAX_INVENTED_READERS = 14;

    /** A demo user who may record interventions of this type for this adult. */
    record Writer(String user, String adultId, String interventionType) {}

    private record Family(String id, String motherId) {}

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    static Fixtures prepare(StackApi api, Consumer<String> progress) throws InterruptedException {
        String council = api.user("ws-commissioner").council();
        String cgl = api.user("cgl-practitioner").agencyId();
        progress.accept("finding (or making) a live substance-use contract with a drug-test KPI");
        String contract = contract(api, council, cgl);
        progress.accept("finding (or making) the " + FAMILY_NAME + " of each demo council and its allocations");
        Family westSussex = family(api, "ws");
        List<Writer> writers = new ArrayList<>();
        writers.add(new Writer("ws-social-worker", westSussex.motherId(), "HOME_VISIT"));
        // caseload-service allows it once it has learnt (from contracts.events) that CGL is commissioned
        allocate(api, "ws", westSussex, "cgl-practitioner", "SUBSTANCE_USE", Duration.ofSeconds(60));
        writers.add(new Writer("cgl-practitioner", westSussex.motherId(), "DRUG_TEST"));
        optional(progress, "spft-practitioner", () -> {
            allocate(api, "ws", westSussex, "spft-practitioner", "MENTAL_HEALTH", Duration.ZERO);
            writers.add(new Writer("spft-practitioner", westSussex.motherId(), "ONE_TO_ONE_SESSION"));
        });
        optional(progress, "ox-social-worker", () -> {
            Family oxfordshire = family(api, "ox");
            writers.add(new Writer("ox-social-worker", oxfordshire.motherId(), "HOME_VISIT"));
            optional(progress, "tp-practitioner", () -> {
                allocate(api, "ox", oxfordshire, "tp-practitioner", "SUBSTANCE_USE", Duration.ZERO);
                writers.add(new Writer("tp-practitioner", oxfordshire.motherId(), "DRUG_TEST"));
            });
        });
        progress.accept("listing the children each council user may read");
        return new Fixtures(council, contract, westSussex.motherId(), List.copyOf(writers), childrenByUser(api));
    }

    /** A writer more shares out the gateway's limit; one the stack does not allow (no contract, no team) is left out. */
    private static void optional(Consumer<String> progress, String writer, Step step) throws InterruptedException {
        try {
            step.run();
        } catch (IllegalStateException e) {
            progress.accept("    (" + writer + " does not write: " + e.getMessage() + ")");
        }
    }

    // ---------------------------------------------------------------- people and teams

    private static String practitionerId(StackApi api, String agency, StackApi.DemoUser user) {
        JsonNode found = api.ok(
                api.get(
                        PARTNERS,
                        "/api/partners/v1/agencies/" + agency + "/practitioners?size=100&familyName="
                                + StackApi.encode(user.lastName()),
                        "platform-admin"),
                "the practitioners of " + agency);
        for (JsonNode p : found.path("items")) {
            if (user.username().equals(p.path("login").asText())) {
                return p.path("id").asText();
            }
        }
        throw new IllegalStateException("no practitioner with login " + user.username() + " in agency " + agency);
    }

    /** The practitioner of a council's demo social worker and the team they are a member of. */
    private static String[] leadAndTeam(StackApi api, String council) {
        StackApi.DemoUser worker = api.user(council + "-social-worker");
        List<JsonNode> teams = pages(api, PARTNERS, "/api/partners/v1/teams?size=100", council + "-partnership-admin");
        for (String agency : socialWorkAgencies(teams)) {
            String practitioner;
            try {
                practitioner = practitionerId(api, agency, worker);
            } catch (IllegalStateException e) {
                continue;
            }
            for (JsonNode team : teams) {
                for (JsonNode member : team.path("members")) {
                    if (practitioner.equals(member.path("practitionerId").asText())
                            && member.path("to").isNull()) {
                        return new String[] {practitioner, team.path("id").asText()};
                    }
                }
            }
        }
        throw new IllegalStateException("the demo social worker " + worker.username() + " is in no team");
    }

    // ---------------------------------------------------------------- the contract

    private static String contract(StackApi api, String council, String cgl) {
        for (JsonNode c : pages(api, CONTRACTS, "/api/contracts/v1/contracts?size=100", "ws-commissioner")) {
            if ("LIVE".equals(c.path("state").asText())
                    && cgl.equals(c.path("agencyId").asText())
                    && c.path("services").toString().contains("\"SUBSTANCE_USE\"")) {
                JsonNode performance = api.ok(
                        api.get(
                                CONTRACTS,
                                "/api/contracts/v1/contracts/" + c.path("id").asText() + "/kpis/performance",
                                "ws-commissioner"),
                        "a contract's KPI performance");
                for (JsonNode result : performance.path("results")) {
                    if ("DRUG_TEST".equals(result.path("interventionType").asText())) {
                        return c.path("id").asText();
                    }
                }
            }
        }
        return newContract(api, council, cgl);
    }

    private static String newContract(StackApi api, String council, String cgl) {
        LocalDate today = LocalDate.now();
        String check = api.ok(
                        api.post(CONTRACTS, "/api/contracts/v1/procurement-checks", "ws-commissioner", """
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 1200000.00,
                 "decisionDate": "%s", "proposedRoute": "DIRECT_AWARD", "ground": "PUBLIC_PUBLIC_COOPERATION"}""".formatted(
                                        council, today)),
                        "a procurement check")
                .path("id")
                .asText();
        String contract = api.ok(
                        api.post(CONTRACTS, "/api/contracts/v1/contracts", "ws-commissioner", """
                {"council": "%s", "title": "Substance use practitioners for family safeguarding (benchmark)",
                 "description": "Adult-facing substance use workers in locality teams",
                 "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": null,
                 "term": {"start": "%s", "initialEnd": "%s", "extensionOptionMonths": [12],
                          "extensionDecisionBy": "%s", "mobilisationDays": 0},
                 "annualValue": 300000.00, "vatBasis": "VAT_EXEMPT", "services": ["SUBSTANCE_USE"]}""".formatted(
                                        council, today, today.plusYears(3).minusDays(1), today.plusYears(2))),
                        "a new contract")
                .path("id")
                .asText();
        String[][] moves = {{"AWARDED", "CABINET"}, {"MOBILISING", "OFFICER"}, {"LIVE", "OFFICER"}};
        for (int v = 0; v < moves.length; v++) {
            var request = api.request(
                            CONTRACTS, "/api/contracts/v1/contracts/" + contract + "/transitions", "ws-commissioner")
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"" + v + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"to": "%s", "effectiveOn": "%s", "decisionMaker": "Cabinet", "decisionLevel": "%s",
                             "decisionReportRef": "CAB-BENCH-001", "procurementCheckId": %s, "agencyId": %s, "endReason": null}""".formatted(
                                    moves[v][0],
                                    today,
                                    moves[v][1],
                                    v == 0 ? "\"" + check + "\"" : "null",
                                    v == 0 ? "\"" + cgl + "\"" : "null")))
                    .build();
            api.ok(api.send(request), "the contract's move to " + moves[v][0]);
        }
        api.ok(
                api.post(
                        CONTRACTS,
                        "/api/contracts/v1/contracts/" + contract + "/kpis",
                        "ws-commissioner",
                        "{\"interventionType\": \"DRUG_TEST\", \"perQuarter\": 750}"),
                "the drug-test KPI");
        return contract;
    }

    /** The agencies whose staff are social workers in the council's teams: the council's in-house service. */
    private static Set<String> socialWorkAgencies(StackApi api, String council) {
        return socialWorkAgencies(
                pages(api, PARTNERS, "/api/partners/v1/teams?size=100", council + "-partnership-admin"));
    }

    private static Set<String> socialWorkAgencies(List<JsonNode> teams) {
        Set<String> agencies = new LinkedHashSet<>();
        teams.forEach(t -> t.path("members").forEach(m -> {
            if ("SOCIAL_WORKER".equals(m.path("role").asText())) {
                agencies.add(m.path("agencyId").asText());
            }
        }));
        return agencies;
    }

    // ---------------------------------------------------------------- the families

    /** The council's Benchmark family, made by its demo social worker and led by them in their team. */
    private static Family family(StackApi api, String council) {
        String admin = council + "-partnership-admin";
        String socialWorker = council + "-social-worker";
        String[] lead = leadAndTeam(api, council);
        String family = null;
        for (JsonNode f :
                pages(api, CASELOAD, "/api/caseload/v1/families?size=100&q=" + StackApi.encode(FAMILY_NAME), admin)) {
            if (FAMILY_NAME.equals(f.path("name").asText())) {
                family = f.path("id").asText();
                break;
            }
        }
        if (family == null) {
            family = api.ok(
                            api.post(
                                    CASELOAD,
                                    "/api/caseload/v1/families",
                                    socialWorker,
                                    "{\"name\": \"" + FAMILY_NAME + "\"}"),
                            "a new family")
                    .path("id")
                    .asText();
        }
        JsonNode view = api.ok(api.get(CASELOAD, "/api/caseload/v1/families/" + family, admin), "the family");
        String child = view.path("children").path(0).path("id").asText(null);
        if (child == null) {
            child = idOf(api.ok(
                    api.post(CASELOAD, "/api/caseload/v1/families/" + family + "/children", socialWorker, """
                    {"givenName": "Robin", "familyName": "%s", "dateOfBirth": "2019-04-09", "sex": "F", "ethnicity": "WBRI",
                     "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(
                            SURNAME,
                            "BN" + UUID.randomUUID().toString().replace("-", "").substring(0, 8))),
                    "a new child"));
        }
        String mother = view.path("adults").path(0).path("id").asText(null);
        if (mother == null) {
            mother = idOf(api.ok(
                    api.post(CASELOAD, "/api/caseload/v1/families/" + family + "/adults", socialWorker, """
                    {"givenName": "Alex", "familyName": "%s", "dateOfBirth": "1990-07-21",
                     "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(
                                    SURNAME, child)),
                    "a new adult"));
        }
        boolean led = openAllocations(api, council, family).stream()
                .anyMatch(a -> a.path("adultId").isNull()
                        && lead[0].equals(a.path("practitionerId").asText()));
        if (!led) {
            api.ok(
                    api.post(
                            CASELOAD,
                            "/api/caseload/v1/families/" + family + "/allocations",
                            council + "-team-manager",
                            "{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(lead[1], lead[0])),
                    "the family's allocation");
        }
        return new Family(family, mother);
    }

    /** The mother allocated to a demo practitioner for a specialism, unless she is; tried for up to {@code wait}. */
    private static void allocate(
            StackApi api, String council, Family family, String username, String specialism, Duration wait)
            throws InterruptedException {
        StackApi.DemoUser user = api.user(username);
        String practitioner = practitionerId(api, user.agencyId(), user);
        boolean allocated = openAllocations(api, council, family.id()).stream()
                .anyMatch(a -> family.motherId().equals(a.path("adultId").asText())
                        && practitioner.equals(a.path("practitionerId").asText())
                        && specialism.equals(a.path("specialism").asText()));
        if (allocated) {
            return;
        }
        long until = System.nanoTime() + wait.toNanos();
        StackApi.Answer answer;
        while (true) {
            answer = api.post(
                    CASELOAD,
                    "/api/caseload/v1/adults/" + family.motherId() + "/allocations",
                    council + "-team-manager",
                    "{\"practitionerId\": \"%s\", \"specialism\": \"%s\"}".formatted(practitioner, specialism));
            if (answer.ok() || System.nanoTime() >= until) {
                break;
            }
            Thread.sleep(Duration.ofMillis(500));
        }
        api.ok(answer, "the allocation to " + username);
    }

    private static List<JsonNode> openAllocations(StackApi api, String council, String family) {
        return items(api.ok(
                        api.get(
                                CASELOAD,
                                "/api/caseload/v1/families/" + family + "/allocations?size=100",
                                council + "-partnership-admin"),
                        "the family's allocations"))
                .stream()
                .filter(a -> a.path("open").asBoolean())
                .toList();
    }

    private static Map<String, List<String>> childrenByUser(StackApi api) {
        List<StackApi.DemoUser> readers = new ArrayList<>(api.users.stream()
                .filter(u -> !u.council().isEmpty()
                        && List.of("social-worker", "team-manager", "partnership-admin")
                                .contains(u.role()))
                .toList());
        readers.addAll(inventedSocialWorkers(api));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (StackApi.DemoUser user : readers) {
            List<String> ids = new ArrayList<>();
            try {
                items(api.ok(
                                api.get(CASELOAD, "/api/caseload/v1/children?size=50", user.username()),
                                "the children of " + user.username()))
                        .forEach(c -> ids.add(c.path("id").asText()));
            } catch (IllegalStateException e) {
                if (api.isDemoUser(user.username())) {
                    throw e;
                }
                continue; // an invented worker who cannot sign in after all
            }
            if (!ids.isEmpty()) {
                found.put(user.username(), List.copyOf(ids));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no council user may read any child: is the demo data loaded?");
        }
        return found;
    }

    /**
     * Up to {@link #MAX_INVENTED_READERS} of the demo families' invented social workers, half from each
     * demo council: each is a Keycloak user with the password {@code demo-<login>} (deploy/local/README.md,
     * "Invented families"). Six demo users alone would meet the gateway's per-caller limit before the
     * services' own limits on child reads. None when the invented families are not loaded.
     */
    private static List<StackApi.DemoUser> inventedSocialWorkers(StackApi api) {
        List<StackApi.DemoUser> found = new ArrayList<>();
        for (String council : List.of("ws", "ox")) {
            int taken = 0;
            try {
                String code = api.user(council + "-partnership-admin").council();
                for (String agency : socialWorkAgencies(api, council)) {
                    for (JsonNode p : pages(
                            api,
                            PARTNERS,
                            "/api/partners/v1/agencies/" + agency + "/practitioners?size=100",
                            "platform-admin")) {
                        String login = p.path("login").asText("");
                        if (taken < MAX_INVENTED_READERS / 2
                                && "SOCIAL_WORKER".equals(p.path("role").asText())
                                && !login.isEmpty()
                                && !api.isDemoUser(login)) {
                            StackApi.DemoUser worker = new StackApi.DemoUser(
                                    login,
                                    "demo-" + login,
                                    "social-worker",
                                    code,
                                    agency,
                                    p.path("familyName").asText());
                            api.addUser(worker);
                            found.add(worker);
                            taken++;
                        }
                    }
                }
            } catch (IllegalStateException e) {
                // no such council or team: the demo users read alone
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- lists

    private static String idOf(JsonNode created) {
        return created.hasNonNull("id")
                ? created.path("id").asText()
                : created.path("record").path("id").asText();
    }

    /** The items of a page, or the elements of a plain array. */
    static List<JsonNode> items(JsonNode body) {
        List<JsonNode> list = new ArrayList<>();
        (body.isArray() ? body : body.path("items")).forEach(list::add);
        return list;
    }

    /** Every item of a paged list (page size in the path). */
    private static List<JsonNode> pages(StackApi api, URI base, String path, String username) {
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
