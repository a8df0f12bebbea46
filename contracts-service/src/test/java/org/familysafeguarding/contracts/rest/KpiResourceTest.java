package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class KpiResourceTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    static String kpi(String type, int perQuarter) {
        return "{\"interventionType\": \"%s\", \"perQuarter\": %d, \"effectiveFrom\": \"2025-04-01\"}"
                .formatted(type, perQuarter);
    }

    @Test
    void a_commissioner_sets_one_kpi_per_intervention_type_and_revises_it_with_if_match() {
        String council = councils.known();
        String id = plan(council, null);
        String kpis = CONTRACTS + "/" + id + "/kpis";
        String kpiId = asCouncil("commissioner", council)
                .body(kpi("HOME_VISIT", 500))
                .when()
                .post(kpis)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("perQuarter", equalTo(500))
                .extract()
                .path("id");
        asCouncil("commissioner", council)
                .body(kpi("DRUG_TEST", 750))
                .when()
                .post(kpis)
                .then()
                .statusCode(201);
        asCouncil("commissioner", council)
                .body(kpi("HOME_VISIT", 400))
                .when()
                .post(kpis)
                .then()
                .statusCode(409)
                .body("type", endsWith("kpi-already-set"));
        asCouncil("commissioner", council)
                .body(kpi("HOME_VISIT", 450))
                .when()
                .put(kpis + "/" + kpiId)
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(kpi("DRUG_TEST", 450))
                .when()
                .put(kpis + "/" + kpiId)
                .then()
                .statusCode(409);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(kpi("HOME_VISIT", 450))
                .when()
                .put(kpis + "/" + kpiId)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(kpi("HOME_VISIT", 460))
                .when()
                .put(kpis + "/" + kpiId)
                .then()
                .statusCode(412);
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .body(kpi("HOME_VISIT", 460))
                .when()
                .put(kpis + "/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        asCouncil("auditor", council)
                .when()
                .get(kpis)
                .then()
                .statusCode(200)
                .body("items.interventionType", contains("DRUG_TEST", "HOME_VISIT"))
                .body("items[1].perQuarter", equalTo(450));
    }

    @Test
    void invalid_kpis_are_refused_naming_each_field() {
        String council = councils.known();
        String kpis = CONTRACTS + "/" + plan(council, null) + "/kpis";
        asCouncil("commissioner", council)
                .body("{\"perQuarter\": -1}")
                .when()
                .post(kpis)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("interventionType", "perQuarter"));
        asCouncil("commissioner", council)
                .body(kpi("PHONE_CALL", 5))
                .when()
                .post(kpis)
                .then()
                .statusCode(400);
        asCouncil("commissioner", council)
                .queryParam("quarter", "2025-Q1")
                .when()
                .get(kpis + "/performance")
                .then()
                .statusCode(400);
        asCouncil("commissioner", council)
                .queryParam("quarter", "2025-27-Q1")
                .when()
                .get(kpis + "/performance")
                .then()
                .statusCode(422);
    }

    @Test
    void only_the_councils_commissioner_changes_kpis_and_others_read_only_their_own() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        String kpis = CONTRACTS + "/" + id + "/kpis";
        asCouncil("analyst", council)
                .body(kpi("HOME_VISIT", 5))
                .when()
                .post(kpis)
                .then()
                .statusCode(403);
        asAgency("provider-manager", provider)
                .body(kpi("HOME_VISIT", 5))
                .when()
                .post(kpis)
                .then()
                .statusCode(403);
        asCouncil("commissioner", councils.known())
                .body(kpi("HOME_VISIT", 5))
                .when()
                .post(kpis)
                .then()
                .statusCode(404);
        asCouncil("commissioner", council)
                .body(kpi("HOME_VISIT", 5))
                .when()
                .post(kpis)
                .then()
                .statusCode(201);
        for (String path :
                new String[] {kpis, kpis + "/performance", kpis + "/history", CONTRACTS + "/" + id + "/kpi-bands"}) {
            asAgency("provider-manager", provider).when().get(path).then().statusCode(200);
            asCouncil("analyst", council).when().get(path).then().statusCode(200);
            asAgency("provider-manager", UUID.randomUUID())
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404);
            asCouncil("analyst", councils.known()).when().get(path).then().statusCode(404);
            asCouncil("social-worker", council).when().get(path).then().statusCode(403);
        }
    }

    @Test
    void the_quarter_overview_shows_the_contracts_with_kpis_you_may_see() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        UUID otherProvider = agencies.accreditedBy(council);
        String first = live(council, provider);
        String second = live(council, otherProvider);
        live(council, provider); // no KPI
        String otherCouncil = councils.known();
        String elsewhere = live(otherCouncil, agencies.accreditedBy(otherCouncil));
        for (String id : new String[] {first, second, elsewhere}) {
            String owner = id.equals(elsewhere) ? otherCouncil : council;
            asCouncil("commissioner", owner)
                    .body(kpi("HOME_VISIT", 10))
                    .when()
                    .post(CONTRACTS + "/" + id + "/kpis")
                    .then()
                    .statusCode(201);
        }
        String overview = "/api/contracts/v1/kpis/performance";
        asCouncil("analyst", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get(overview)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.contractId", org.hamcrest.Matchers.hasItems(first, second))
                .body("items[0].quarter", equalTo("2025-26-Q2"))
                .body("items[0].results[0].rating", equalTo("SIGNIFICANTLY_BELOW"));
        asAgency("provider-manager", otherProvider)
                .when()
                .get(overview)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].contractId", equalTo(second));
        asCouncil("social-worker", council).when().get(overview).then().statusCode(403);
        asCouncil("analyst", council)
                .queryParam("quarter", "Q2")
                .when()
                .get(overview)
                .then()
                .statusCode(400);
    }

    @Test
    void bands_come_from_the_contract_else_its_council_else_the_defaults() {
        String council = councils.known();
        String id = plan(council, null);
        String bands = CONTRACTS + "/" + id + "/kpi-bands";
        String councilBands = "/api/contracts/v1/councils/" + council + "/kpi-bands";
        asCouncil("analyst", council)
                .when()
                .get(bands)
                .then()
                .statusCode(200)
                .header("ETag", nullValue())
                .body("source", equalTo("DEFAULT"))
                .body("metFrom", equalTo(100))
                .body("slightlyBelowFrom", equalTo(90))
                .body("belowFrom", equalTo(75));

        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 95, \"belowFrom\": 80}")
                .when()
                .put(councilBands)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("source", equalTo("COUNCIL"));
        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 95, \"belowFrom\": 85}")
                .when()
                .put(councilBands)
                .then()
                .statusCode(428);
        asCouncil("analyst", council)
                .when()
                .get(bands)
                .then()
                .statusCode(200)
                .body("source", equalTo("COUNCIL"))
                .body("belowFrom", equalTo(80.0f));

        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 85, \"belowFrom\": 70}")
                .when()
                .put(bands)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("source", equalTo("CONTRACT"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body("{\"slightlyBelowFrom\": 85, \"belowFrom\": 60}")
                .when()
                .put(bands)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asCouncil("auditor", council)
                .when()
                .get(bands)
                .then()
                .statusCode(200)
                .body("source", equalTo("CONTRACT"))
                .body("belowFrom", equalTo(60.0f));
        asCouncil("auditor", council)
                .when()
                .get(councilBands)
                .then()
                .statusCode(200)
                .body("belowFrom", equalTo(80.0f));
    }

    @Test
    void bands_must_stay_in_order_and_only_the_councils_commissioner_sets_them() {
        String council = councils.known();
        String id = plan(council, null);
        String councilBands = "/api/contracts/v1/councils/" + council + "/kpi-bands";
        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 70, \"belowFrom\": 80}")
                .when()
                .put(CONTRACTS + "/" + id + "/kpi-bands")
                .then()
                .statusCode(422)
                .body("type", endsWith("rating-bands-invalid"));
        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 100, \"belowFrom\": -1}")
                .when()
                .put(councilBands)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("slightlyBelowFrom", "belowFrom"));
        asCouncil("analyst", council)
                .body("{\"slightlyBelowFrom\": 90, \"belowFrom\": 80}")
                .when()
                .put(councilBands)
                .then()
                .statusCode(403);
        asCouncil("commissioner", councils.known())
                .body("{\"slightlyBelowFrom\": 90, \"belowFrom\": 80}")
                .when()
                .put(councilBands)
                .then()
                .statusCode(404);
        asCouncil("analyst", councils.known()).when().get(councilBands).then().statusCode(404);
        asAgency("provider-manager", UUID.randomUUID())
                .when()
                .get(councilBands)
                .then()
                .statusCode(403);
    }
}
