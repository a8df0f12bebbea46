package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The OpenAPI document, generated from the code, describes the workbook, supervision, outcome and return paths. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ReportingApiDescriptionTest {

    @Test
    void the_api_description_lists_the_workbook_supervision_outcome_and_census_paths() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/caseload/v1/adults/{id}/workbook"))
                .body("paths", hasKey("/api/caseload/v1/workbook/programme"))
                .body("paths", hasKey("/api/caseload/v1/group-supervisions/{id}/agreement"))
                .body("paths", hasKey("/api/caseload/v1/group-supervisions/actions/overdue"))
                .body("paths", hasKey("/api/caseload/v1/outcomes"))
                .body("paths", hasKey("/api/caseload/v1/outcomes/business-case"))
                .body("paths", hasKey("/api/caseload/v1/returns/cin-census"));
    }
}
