package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import io.restassured.path.json.JsonPath;

/**
 * The dashboard in a real browser: each demo role signs in on Keycloak's login page, opens its pages,
 * and every figure checked equals what the API answers that same user; another council's data never
 * shows. Each page is screenshotted, checked by axe-core (no serious or critical violation) and timed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardE2ETest {

    static final String WEST_SUSSEX = "E10000032";
    static final String OXFORDSHIRE = "E10000025";
    static final double FIRST_PAINT_BUDGET_MS = 1500;

    private final List<DashboardBrowser.Timing> timings = new ArrayList<>();
    private final Map<String, List<DashboardBrowser.Violation>> violations = new ConcurrentHashMap<>();

    @Test
    void a_commissioner_sees_their_councils_register_alerts_spend_and_risks_as_the_api_answers() throws Exception {
        Stack.DemoUser commissioner = Stack.user("commissioner", WEST_SUSSEX);
        JsonPath register = api(commissioner, "/api/contracts/v1/contracts?page=0&size=20");
        JsonPath alerts = api(commissioner, "/api/contracts/v1/alerts?within=180&page=0&size=100");
        // titles only the other council uses (two councils may commission services of the same name)
        List<String> otherCouncilsTitles = api(
                        Stack.user("commissioner", OXFORDSHIRE), "/api/contracts/v1/contracts?size=100")
                .getList("items.title");
        otherCouncilsTitles.removeAll(
                api(commissioner, "/api/contracts/v1/contracts?size=100").getList("items.title"));
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(commissioner);
            check(browser, "commissioner", "/");
            check(browser, "commissioner", "/commissioning");
            assertThat(browser.rows("register"))
                    .extracting(row -> row.get(0))
                    .containsExactlyElementsOf(register.getList("items.title"));
            assertThat(browser.rows("alerts")).hasSize(alerts.getList("items").size());
            int risks = 0;
            for (String id :
                    api(commissioner, "/api/contracts/v1/contracts?size=100").<String>getList("items.id")) {
                risks += api(commissioner, "/api/contracts/v1/contracts/" + id + "/risks?size=100")
                        .getList("items")
                        .size();
            }
            assertThat(browser.rows("risks")).hasSize(risks);
            assertThat(browser.driver.findElements(By.cssSelector("#chart-spend svg")))
                    .as("the spend chart is drawn")
                    .isNotEmpty();
            assertNoneShown(browser, otherCouncilsTitles, OXFORDSHIRE);

            check(browser, "commissioner", "/procurement-check");
            browser.driver.findElement(By.id("estimatedLifetimeValue")).sendKeys("900000");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("proposedRoute")))
                    .selectByValue("OPEN_COMPETITION");
            browser.driver.findElement(By.id("check-button")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("result-heading")).isEmpty()
                            || !d.findElements(By.id("problem-title")).isEmpty()
                            || !d.findElements(By.cssSelector(".govuk-error-summary, .govuk-warning-text"))
                                    .isEmpty());
            assertThat(browser.heading()).isEqualTo("Procurement check");
            assertThat(browser.driver.findElement(By.id("result-heading")).getText())
                    .isEqualTo("The proposed route is permitted");
            assertThat(browser.driver.findElements(By.cssSelector("#table-routes tbody tr")))
                    .hasSizeGreaterThan(1);
            measure(browser, "commissioner", "procurement-check-result");
        }
    }

    @Test
    void a_commissioner_with_kpi_targets_sees_each_quarters_results_with_their_ratings_in_words() throws Exception {
        Stack.DemoUser commissioner = Stack.user("commissioner", OXFORDSHIRE);
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(commissioner);
            check(browser, "commissioner-oxfordshire", "/commissioning");
            List<List<String>> shown = browser.rows("kpis");
            int results = 0;
            List<String> quarters =
                    browser.rows("kpi-quarters").stream().map(row -> row.get(0)).toList();
            assertThat(quarters).hasSize(4);
            for (String quarter : quarters) {
                for (Map<String, Object> contract : api(
                                commissioner, "/api/contracts/v1/kpis/performance?size=100&quarter=" + quarter)
                        .<Map<String, Object>>getList("items")) {
                    results += ((List<?>) contract.get("results")).size();
                }
            }
            assertThat(shown).hasSize(results).isNotEmpty();
            assertThat(shown)
                    .extracting(row -> row.get(6))
                    .allMatch(rating -> List.of("Met", "Slightly below", "Below", "Significantly below")
                            .contains(rating));
            assertThat(browser.driver.findElements(By.cssSelector("#chart-kpi-quarters svg")))
                    .isNotEmpty();
            assertThat(browser.source()).doesNotContain(WEST_SUSSEX);
        }
    }

    @Test
    void a_team_manager_sees_their_teams_limits_and_families_as_the_api_answers() throws Exception {
        Stack.DemoUser manager = Stack.user("team-manager", WEST_SUSSEX);
        JsonPath teams = api(manager, "/api/partners/v1/teams?size=100");
        JsonPath families = api(manager, "/api/caseload/v1/families?page=0&size=20");
        List<String> otherTeams = api(Stack.user("team-manager", OXFORDSHIRE), "/api/partners/v1/teams?size=100")
                .getList("items.name");
        otherTeams.removeAll(teams.getList("items.name"));
        int limits = 0;
        for (Map<String, Object> team : teams.<Map<String, Object>>getList("items")) {
            limits += ((Map<?, ?>) team.get("caseloadLimits")).size();
        }
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(manager);
            check(browser, "team-manager", "/team");
            assertThat(browser.rows("limits")).hasSize(limits);
            assertThat(browser.rows("families"))
                    .extracting(row -> row.get(0))
                    .containsExactlyElementsOf(families.getList("items.name"));
            assertNoneShown(browser, otherTeams, OXFORDSHIRE);
            check(browser, "team-manager", "/outcomes");
        }
    }

    @Test
    void an_analyst_sees_the_outcome_metrics_the_api_gives_them_with_small_counts_suppressed() throws Exception {
        Stack.DemoUser analyst = Stack.user("analyst", WEST_SUSSEX);
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(analyst);
            check(browser, "analyst", "/outcomes");
            String[] period = new org.openqa.selenium.support.ui.Select(
                            browser.driver.findElement(By.id("filter-period")))
                    .getFirstSelectedOption()
                    .getAttribute("value")
                    .split("/");
            String from = period[0];
            String to = period[1];
            JsonPath outcomes = api(analyst, "/api/caseload/v1/outcomes?from=" + from + "&to=" + to);
            Map<String, String> shown = new java.util.HashMap<>();
            browser.rows("metrics").forEach(row -> shown.put(row.get(0), row.get(3)));
            for (Map.Entry<String, String> metric : Map.of(
                            "Referrals",
                            "referrals",
                            "Re-referral rate (%)",
                            "reReferralRate",
                            "CP rate per 10,000 children",
                            "cpRatePer10000",
                            "Children on CIN plans",
                            "childrenOnCinPlans",
                            "Entries to care",
                            "entriesToCare",
                            "Repeat CP plans",
                            "repeatCpPlans")
                    .entrySet()) {
                Map<String, Object> figure = outcomes.getMap("period." + metric.getValue());
                String text = shown.get(metric.getKey());
                if (Boolean.TRUE.equals(figure.get("suppressed"))) {
                    assertThat(text).as(metric.getKey()).isEqualTo("Suppressed (1 to 5)");
                } else if (figure.get("value") == null) {
                    assertThat(text).as(metric.getKey() + " (no figure)").isEmpty();
                } else {
                    assertThat(new BigDecimal(text))
                            .as(metric.getKey())
                            .isEqualByComparingTo(new BigDecimal(String.valueOf(figure.get("value"))));
                }
            }
            assertThat(browser.source()).doesNotContain(OXFORDSHIRE);
        }
    }

    @Test
    void an_auditor_sees_who_accessed_their_councils_child_and_nothing_of_another_council() throws Exception {
        Stack.DemoUser auditor = Stack.user("auditor", WEST_SUSSEX);
        String child = api(Stack.user("team-manager", WEST_SUSSEX), "/api/caseload/v1/children?size=1")
                .getString("items[0].id");
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(auditor);
            check(browser, "auditor", "/audit");
            List<List<String>> verification = browser.rows("verification");
            for (String service : List.of("partners", "contracts", "caseload")) {
                boolean intact = api(auditor, "/api/" + service + "/v1/audit/verification")
                        .getBoolean("intact");
                assertThat(verification)
                        .filteredOn(row -> row.get(0).equals(service + "-service"))
                        .singleElement()
                        .satisfies(row -> assertThat(row.get(1)).isEqualTo(intact ? "Intact" : "Altered"));
            }
            check(browser, "auditor", "/audit?child=" + child);
            List<List<String>> accesses = browser.rows("access");
            JsonPath entries = api(auditor, "/api/caseload/v1/audit/children/" + child + "?size=50");
            assertThat(accesses).isNotEmpty();
            assertThat(entries.<String>getList("items.requestId"))
                    .contains(accesses.get(0).get(7));
        }
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(Stack.user("auditor", OXFORDSHIRE));
            browser.open("/audit?child=" + child);
            assertThat(browser.rows("access")).isEmpty();
            assertThat(browser.driver
                            .findElement(By.cssSelector("#access .app-notice"))
                            .getAttribute("data-status"))
                    .isEqualTo("404");
            measure(browser, "auditor-other-council", "audit-child-of-another-council");
        }
    }

    @Test
    void a_partnership_admin_sees_agencies_agreements_and_workforce_as_the_api_answers() throws Exception {
        Stack.DemoUser admin = Stack.user("partnership-admin", WEST_SUSSEX);
        JsonPath agreements = api(admin, "/api/partners/v1/agreements?size=100");
        JsonPath agencies = api(admin, "/api/partners/v1/agencies?page=0&size=20");
        List<String> otherAgreements = api(
                        Stack.user("partnership-admin", OXFORDSHIRE), "/api/partners/v1/agreements?size=100")
                .getList("items.purpose");
        otherAgreements.removeAll(agreements.getList("items.purpose"));
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(admin);
            check(browser, "partnership-admin", "/partnership");
            assertThat(browser.rows("agreements"))
                    .extracting(row -> row.get(0))
                    .containsExactlyInAnyOrderElementsOf(agreements.getList("items.purpose"));
            assertThat(browser.rows("agencies"))
                    .extracting(row -> row.get(0))
                    .containsAll(agencies.getList("items.name"));
            assertNoneShown(browser, otherAgreements, OXFORDSHIRE);
            check(browser, "partnership-admin", "/commissioning");
        }
    }

    @Test
    void problem_pages_say_what_failed_and_logout_ends_the_keycloak_session() throws Exception {
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.signIn(Stack.user("social-worker", WEST_SUSSEX));
            check(browser, "social-worker", "/commissioning");
            assertThat(browser.driver.findElement(By.id("problem-title")).getAttribute("data-status"))
                    .isEqualTo("403");
            check(browser, "social-worker", "/no-such-page");
            assertThat(browser.driver.findElement(By.id("problem-title")).getAttribute("data-status"))
                    .isEqualTo("404");

            browser.driver.findElement(By.id("sign-out")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().startsWith(DashboardBrowser.DASHBOARD + "/signed-out"));
            measure(browser, "social-worker", "signed-out");
            browser.driver.get(DashboardBrowser.DASHBOARD + "/");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("username")).isEmpty());
            assertThat(browser.driver.getCurrentUrl())
                    .as("signed out at Keycloak too: its login page asks again")
                    .startsWith(Stack.KEYCLOAK);
        }
    }

    @AfterAll
    void report() {
        System.out.println(
                "\nDashboard pages (first contentful paint, DOMContentLoaded, load end; ms from navigation start):");
        timings.forEach(t -> System.out.printf(
                "  %-48s FCP %6.0f  DCL %6.0f  load %6.0f%n",
                t.page(), t.firstContentfulPaint(), t.domContentLoaded(), t.loadEnd()));
        System.out.println("axe-core (WCAG 2.2 A/AA and best practice), violations by page:");
        violations.forEach((page, found) -> System.out.printf(
                "  %-48s %s%n",
                page,
                found.isEmpty()
                        ? "none"
                        : found.stream()
                                .map(v -> v.rule() + " (" + v.impact() + ", " + v.nodes() + ")")
                                .toList()));
        if (!timings.isEmpty()) {
            List<Double> paints = timings.stream()
                    .map(DashboardBrowser.Timing::firstContentfulPaint)
                    .sorted()
                    .toList();
            double p95 = paints.get((int) Math.ceil(paints.size() * 0.95) - 1);
            System.out.printf(
                    "first contentful paint p95 over %d pages: %.0f ms (budget %.0f ms)%n",
                    paints.size(), p95, FIRST_PAINT_BUDGET_MS);
            assertThat(p95).as("first contentful paint p95").isLessThanOrEqualTo(FIRST_PAINT_BUDGET_MS);
        }
    }

    /** Nothing of another council on the page: neither its code nor any name only it uses. */
    private static void assertNoneShown(DashboardBrowser browser, List<String> othersOnly, String otherCouncil) {
        String source = browser.source();
        assertThat(source).doesNotContain(otherCouncil);
        othersOnly.forEach(
                name -> assertThat(source).as("another council's " + name).doesNotContain(name));
    }

    /** Opens a page as the signed-in user, then screenshots, times and axe-checks it. */
    private void check(DashboardBrowser browser, String who, String path) throws Exception {
        browser.open(path);
        measure(browser, who, path.equals("/") ? "overview" : path.substring(1).replaceAll("[^A-Za-z0-9-]+", "-"));
    }

    private void measure(DashboardBrowser browser, String who, String page) throws Exception {
        String name = who + "-" + page;
        synchronized (timings) {
            timings.add(browser.timing(name));
        }
        browser.screenshot(name.length() > 80 ? name.substring(0, 80) : name);
        List<DashboardBrowser.Violation> found = browser.axe();
        violations.put(name, found);
        assertThat(found)
                .as("axe-core serious or critical violations on " + name)
                .noneMatch(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()));
    }

    /** The API's answer to the same user, through the gateway, with a fresh token. */
    private static JsonPath api(Stack.DemoUser user, String path) {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", Stack.WEB_CLIENT)
                .formParam("username", user.username())
                .formParam("password", user.password())
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        return given().auth()
                .oauth2(token)
                .get(Stack.GATEWAY + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
