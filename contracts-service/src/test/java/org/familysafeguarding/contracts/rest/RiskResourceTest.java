package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
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
class RiskResourceTest {

    static final String OVERDUE = "/api/contracts/v1/risks/overdue";

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    static String risk(String description, int impact, int probability, LocalDate review) {
        return """
                {"description": "%s", "impact": %d, "probability": %d,
                 "mitigation": "Joint recruitment campaign with the provider", "owner": "Head of Commissioning",
                 "reviewDate": "%s"}""".formatted(description, impact, probability, review);
    }

    @Test
    void risks_are_scored_listed_by_score_and_overdue_reviews_listed_for_the_council_only() {
        String council = councils.known();
        UUID provider = agencies.known();
        String id = plan(council, provider);
        LocalDate today = LocalDate.now();
        asCouncil("commissioner", council)
                .body(risk("Practitioner vacancies delay the service", 4, 3, today.minusDays(1)))
                .when()
                .post(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(201)
                .body("score", equalTo(12))
                .body("reviewOverdue", equalTo(true));
        asCouncil("commissioner", council)
                .body(risk("TUPE information late", 5, 4, today.plusDays(30)))
                .when()
                .post(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(201);

        asAgency("provider-manager", provider)
                .when()
                .get(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(200)
                .body("items.score", equalTo(java.util.List.of(20, 12)));
        asCouncil("analyst", council)
                .when()
                .get(OVERDUE)
                .then()
                .statusCode(200)
                .body("items.description", containsInAnyOrder("Practitioner vacancies delay the service"));
        asCouncil("analyst", councils.known())
                .when()
                .get(OVERDUE)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_risk_is_revised_with_its_version_by_the_councils_commissioner_only() {
        String council = councils.known();
        String id = plan(council, null);
        String location = asCouncil("commissioner", council)
                .body(risk("Provider insolvency", 5, 1, LocalDate.now()))
                .when()
                .post(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        asCouncil("commissioner", council)
                .body(risk("Provider insolvency", 5, 2, LocalDate.now()))
                .when()
                .put(location)
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(risk("Provider insolvency", 5, 2, LocalDate.now()))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("score", equalTo(10))
                .header("ETag", equalTo("\"1\""));
        asCouncil("commissioner", councils.known())
                .header("If-Match", "\"1\"")
                .body(risk("Provider insolvency", 1, 1, LocalDate.now()))
                .when()
                .put(location)
                .then()
                .statusCode(404);
        asCouncil("analyst", council)
                .body(risk("Anything", 1, 1, LocalDate.now()))
                .when()
                .post(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(403);
        asCouncil("commissioner", council)
                .body(risk("Out of scale", 6, -1, LocalDate.now()))
                .when()
                .post(CONTRACTS + "/" + id + "/risks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("impact", "probability"));
        asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + UUID.randomUUID() + "/risks")
                .then()
                .statusCode(404);
    }
}
