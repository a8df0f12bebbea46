package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The contracts of the five council reports, as deploy/local/lib/demo_contracts.py loads them
 * through the gateway: every council's OCDS release packages validate against the OCDS 1.1 schema
 * with the budget breakdown and metrics extensions, and the register carries the reports' figures.
 */
class DemoContractsE2ETest {

    static final String CONTRACTS = Stack.GATEWAY + "/api/contracts/v1";
    /** The commissioner of each demo council (every council of the reports). */
    static final List<String> COMMISSIONERS =
            List.of("ws-commissioner", "ox-commissioner", "ld-commissioner", "bu-commissioner", "ce-commissioner");

    static RequestSpecification as(String username) {
        var user = Stack.demoUsers().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
        return given().auth().oauth2(Stack.tokenFor(user)).accept(ContentType.JSON);
    }

    static List<JsonNode> packagesOf(String commissioner) throws Exception {
        List<JsonNode> packages = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = as(commissioner)
                    .queryParam("page", page)
                    .queryParam("size", 50)
                    .when()
                    .get(CONTRACTS + "/ocds/release-packages")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            JsonNode answer = OcdsSchema.JSON.readTree(body);
            answer.path("items").forEach(packages::add);
            if ((page + 1) * 50L >= answer.path("totalItems").asLong()) {
                return packages;
            }
        }
    }

    /** The council's contract of this title, as its commissioner reads it. */
    static Map<String, Object> contract(String commissioner, String title) {
        List<Map<String, Object>> items = as(commissioner)
                .queryParam("size", 100)
                .when()
                .get(CONTRACTS + "/contracts")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(c -> title.equals(c.get("title")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo contract '" + title + "' for " + commissioner));
    }

    static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }

    @Test
    void every_release_package_of_every_demo_council_validates_against_the_ocds_schemas() throws Exception {
        int validated = 0;
        for (String commissioner : COMMISSIONERS) {
            for (JsonNode releasePackage : packagesOf(commissioner)) {
                Set<ValidationMessage> errors = OcdsSchema.errors(releasePackage);
                assertThat(errors)
                        .as("%s: %s", commissioner, releasePackage.path("uri").asText())
                        .isEmpty();
                validated++;
            }
        }
        // West Sussex 2, Oxfordshire 2, Cheshire East 2, Leeds 5 (planned) at least
        assertThat(validated).isGreaterThanOrEqualTo(11);
        assertThat(packagesOf("ce-commissioner")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(packagesOf("ld-commissioner")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void west_sussex_substance_use_contract_is_live_with_the_reports_revenue_profile_and_its_option_untaken()
            throws Exception {
        Map<String, Object> cgl =
                contract("ws-commissioner", "Alcohol and Drug Use support workers for the Family Safeguarding Model");
        assertThat(cgl.get("state")).isEqualTo("LIVE");
        assertThat(cgl.get("agencyId")).isEqualTo(TenantFixtures.OWN_AGENCY);
        // awarded as the report dates it, on the route the report took, which the rules refuse: at risk
        assertThat(cgl.get("awardedOn")).isEqualTo("2022-08-01");
        assertThat(cgl.get("awardedAtRisk")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> term = (Map<String, Object>) cgl.get("term");
        assertThat(term.get("start")).isEqualTo("2022-09-01");
        // the option is granted, not taken: the report records no decision to extend
        assertThat(term.get("currentEnd")).isEqualTo("2025-03-31");
        assertThat(term.get("latestPossibleEnd")).isEqualTo("2027-03-31");
        assertThat(term.get("extensionsTaken")).isEqualTo(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) cgl.get("money");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> profile = (List<Map<String, Object>>) money.get("profile");
        Map<String, BigDecimal> byYear = profile.stream()
                .collect(Collectors.toMap(
                        y -> (String) y.get("financialYear"), y -> money(y.get("amount")), (a, b) -> a, TreeMap::new));
        assertThat(byYear)
                .containsExactly(
                        Map.entry("2022-23", new BigDecimal("120000.00")),
                        Map.entry("2023-24", new BigDecimal("330000.00")),
                        Map.entry("2024-25", new BigDecimal("430000.00")));
        assertThat(money(money.get("maximumValue"))).isEqualByComparingTo("1740000.00");

        // the same years in its OCDS planning budget
        JsonNode ocds = OcdsSchema.JSON.readTree(as("ws-commissioner")
                .when()
                .get(CONTRACTS + "/contracts/" + cgl.get("id") + "/ocds")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<BigDecimal> budget = ocds.findValues("budgetBreakdown").stream()
                .flatMap(b -> toList(b).stream())
                .map(line -> line.path("amount").path("amount").decimalValue().setScale(2))
                .distinct()
                .sorted()
                .toList();
        assertThat(budget)
                .containsExactly(new BigDecimal("120000.00"), new BigDecimal("330000.00"), new BigDecimal("430000.00"));
        assertThat(OcdsSchema.errors(ocds)).isEmpty();

        Map<String, Object> probation = contract(
                "ws-commissioner", "Domestic Violence Perpetrator support workers for the Family Safeguarding Model");
        assertThat(probation.get("state")).isEqualTo("LIVE");
        assertThat(probation.get("agencyId")).isEqualTo("6f1c2a10-0000-4000-8000-000000000002");
        assertThat(probation.get("awardedOn")).isEqualTo("2022-08-01");
        assertThat(probation.get("awardedAtRisk")).isEqualTo(false);
        // reg 12 public-public cooperation: outside Part 2 of PCR 2015, so no award notice and no standstill
        Map<String, Object> check = as("ws-commissioner")
                .when()
                .get(CONTRACTS + "/procurement-checks/" + probation.get("procurementCheckId"))
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(check.get("standstill")).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notices = (List<Map<String, Object>>) check.get("notices");
        assertThat(notices).extracting(n -> n.get("code")).containsExactly("CF", "LGTC_REGISTER");
    }

    @Test
    void oxfordshire_substance_use_extension_carries_the_quarterly_kpi_targets_value_and_staffing() {
        Map<String, Object> tp = contract(
                "ox-commissioner", "Family Solutions Plus substance use adult-facing practitioner service (extension)");
        assertThat(tp.get("state")).isEqualTo("LIVE");
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) tp.get("money");
        assertThat(money(money.get("annualValue"))).isEqualByComparingTo("517344.00");
        assertThat(tp.get("awardedOn")).isEqualTo("2024-04-10");
        assertThat(tp.get("liveOn")).isEqualTo("2024-08-01");
        // a change under the core contract's optional-services clause (PSR reg 13), published at 500,000 or more
        Map<String, Object> modification = as("ox-commissioner")
                .when()
                .get(CONTRACTS + "/procurement-checks/" + tp.get("procurementCheckId"))
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> route = (Map<String, Object>) modification.get("proposedRoute");
        assertThat(route.get("route")).isEqualTo("PSR_MODIFICATION");
        assertThat(route.get("permitted")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notices = (List<Map<String, Object>>) modification.get("notices");
        assertThat(notices).extracting(n -> n.get("code")).contains("PSR_MODIFICATION_NOTICE");

        List<Map<String, Object>> kpis = as("ox-commissioner")
                .when()
                .get(CONTRACTS + "/contracts/" + tp.get("id") + "/kpis")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Integer> targets = kpis.stream()
                .collect(Collectors.toMap(k -> (String) k.get("interventionType"), k -> (Integer) k.get("perQuarter")));
        assertThat(targets)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("HOME_VISIT", 500, "ONE_TO_ONE_SESSION", 800, "DRUG_TEST", 750, "CORE_GROUP", 200));
        // set at load, so no quarter before is back-filled or missed; family events count once per family
        assertThat(kpis).allSatisfy(k -> assertThat(k.get("effectiveFrom")).isNotNull());
        assertThat(kpis)
                .filteredOn(k -> Boolean.TRUE.equals(k.get("oncePerFamily")))
                .extracting(k -> k.get("interventionType"))
                .containsExactlyInAnyOrder("HOME_VISIT", "CORE_GROUP");
        List<String> closed = as("ox-commissioner")
                .when()
                .get(CONTRACTS + "/contracts/" + tp.get("id") + "/kpis/history")
                .then()
                .statusCode(200)
                .extract()
                .path("items.quarter");
        String firstKpiQuarter = kpis.stream()
                .map(k -> (String) k.get("effectiveFrom"))
                .sorted()
                .findFirst()
                .map(d -> quarterOf(java.time.LocalDate.parse(d)))
                .orElseThrow();
        assertThat(closed).allSatisfy(q -> assertThat(q).isGreaterThanOrEqualTo(firstKpiQuarter));
        // the provider manager of Turning Point reads its own contract's targets too
        as("tp-provider-manager")
                .when()
                .get(CONTRACTS + "/contracts/" + tp.get("id") + "/kpis")
                .then()
                .statusCode(200);

        List<Float> required = as("ox-commissioner")
                .when()
                .get(CONTRACTS + "/contracts/" + tp.get("id") + "/staffing")
                .then()
                .statusCode(200)
                .extract()
                .path("roles.findAll { it.role == 'ADULT_PRACTITIONER_SUBSTANCE_USE' }.required");
        assertThat(required).containsExactly(8.5f);

        Map<String, Object> da =
                contract("ox-commissioner", "Family Solutions Plus domestic abuse adult-facing practitioner service");
        assertThat(da.get("state")).isEqualTo("IN_PROCUREMENT");
        @SuppressWarnings("unchecked")
        Map<String, Object> daMoney = (Map<String, Object>) da.get("money");
        assertThat(money(daMoney.get("annualValue"))).isEqualByComparingTo("805568.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> daTerm = (Map<String, Object>) da.get("term");
        assertThat(daTerm.get("mobilisationDays")).isEqualTo(87);
        List<Integer> impacts = as("ox-commissioner")
                .when()
                .get(CONTRACTS + "/contracts/" + da.get("id") + "/risks")
                .then()
                .statusCode(200)
                .extract()
                .path("items.impact");
        assertThat(impacts).containsExactlyInAnyOrder(5, 4, 4, 5);
    }

    @Test
    void cheshire_east_one_year_award_has_run_its_term_and_the_five_year_commission_is_in_procurement() {
        Map<String, Object> oneYear = contract("ce-commissioner", "Families Achieving Change Together (FACT) 2019-20");
        assertThat(oneYear.get("state")).isEqualTo("ENDED");
        assertThat(oneYear.get("endReason")).isEqualTo("EXPIRED");
        assertThat(oneYear.get("endedOn")).isEqualTo("2020-03-31");
        assertThat(oneYear.get("awardedOn")).isEqualTo("2019-03-12");
        Map<String, Object> fiveYears =
                contract("ce-commissioner", "Families Achieving Change Together (FACT) 2020-2025");
        assertThat(fiveYears.get("state")).isEqualTo("IN_PROCUREMENT");
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) fiveYears.get("money");
        assertThat(money(money.get("lifetimeValue"))).isEqualByComparingTo("3000000.00");
    }

    @Test
    void leeds_waivers_of_2015_are_assessed_under_the_2015_threshold_and_stay_planned_at_the_reports_values() {
        Map<String, Object> therapy = contract(
                "ld-commissioner",
                "Family Valued: intensive therapy for trauma, infant mental health team (Leeds Community Healthcare)");
        assertThat(therapy.get("state")).isEqualTo("PLANNED");
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) therapy.get("money");
        assertThat(money(money.get("lifetimeValue"))).isEqualByComparingTo("200000.00");
        // the 2015 light-touch threshold (GBP 625,050 excluding VAT): the waiver is permitted below it
        Map<String, Object> check = as("ld-commissioner")
                .contentType(ContentType.JSON)
                .body("""
                {"council": "E08000035", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 200000.00,
                 "decisionDate": "2015-07-07", "proposedRoute": "CPR_WAIVER", "waiverReason": "Family Valued year"}""")
                .when()
                .post(CONTRACTS + "/procurement-checks")
                .then()
                .statusCode(201)
                .extract()
                .path("$");
        assertThat(check.get("regime")).isEqualTo("PCR2015");
        @SuppressWarnings("unchecked")
        Map<String, Object> threshold = (Map<String, Object>) check.get("threshold");
        assertThat(money(threshold.get("amount"))).isEqualByComparingTo("625050.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> route = (Map<String, Object>) check.get("proposedRoute");
        assertThat(route.get("permitted")).isEqualTo(true);
    }

    /** The financial quarter of a day, written as contracts-service writes it (2025-26-Q1 = April to June). */
    static String quarterOf(java.time.LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int q = day.getMonthValue() >= 4 ? (day.getMonthValue() - 4) / 3 + 1 : 4;
        return start + "-" + String.format("%02d", (start + 1) % 100) + "-Q" + q;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
