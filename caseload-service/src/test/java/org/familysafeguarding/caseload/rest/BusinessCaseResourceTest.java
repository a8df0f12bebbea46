package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A council enters Bury's 2022 cabinet case (shared/domain 003) as the report gives it and reads the
 * report's figures back (domain review C6).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class BusinessCaseResourceTest {

    /** Bury's GSS code; only its report's figures are used, for a council of the test's own. */
    static final String COUNCIL = "E08000002";

    /**
     * 7.1 and 7.2: GBP 1.097m a year by year 3 and 4.872m over 5 years at the lowest level, 3.291m and
     * 14.615m at the higher; 7.3 to 7.5: GBP 1.081m in year 1, 0.992m a year after; DfE grant 0.140m in
     * year 1. 200 children on CP plans at the time. No looked-after baseline or unit costs in the report.
     */
    static final String BURY = """
            {"baselineDate": "2022-07-13", "baselineCpChildren": 200, "firstYearStarts": "2023-04-01",
             "years": [{"year": 1, "investment": 1081000.00, "grant": 140000.00}, {"year": 2, "investment": 992000.00},
                       {"year": 3, "investment": 992000.00}, {"year": 4, "investment": 992000.00},
                       {"year": 5, "investment": 992000.00}],
             "scenarios": [
               {"name": "lowest", "yearly": [null, null, 1097000.00, 1097000.00, 1097000.00], "statedTotal": 4872000.00},
               {"name": "higher", "yearly": [null, null, 3291000.00, 3291000.00, 3291000.00], "statedTotal": 14615000.00}]}""";

    @Test
    void burys_case_entered_as_the_report_gives_it_answers_the_reports_figures() {
        String admin = councilStaff("pa", "partnership-admin", COUNCIL);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(BURY)
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(councilStaff("an", "analyst", COUNCIL))
                .when()
                .get(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200)
                .body("position.scenarios[0].name", equalTo("lowest"))
                .body("position.scenarios[0].annualByYear3", equalTo(1097000.00f))
                .body("position.scenarios[0].totalOverYears", equalTo(4872000.00f))
                .body("position.scenarios[0].netInYear3", equalTo(105000.00f))
                .body("position.scenarios[0].inNoSingleYear", equalTo(1581000.00f))
                .body("position.scenarios[0].years", hasSize(5))
                .body("position.scenarios[0].years[0].avoidance", nullValue())
                .body("position.scenarios[0].years[0].grant", equalTo(140000.00f))
                .body("position.scenarios[1].annualByYear3", equalTo(3291000.00f))
                .body("position.scenarios[1].totalOverYears", equalTo(14615000.00f))
                .body("position.scenarios[1].netInYear3", equalTo(2299000.00f))
                .body("position.investmentOverYears", equalTo(5049000.00f))
                .body("position.grantOverYears", equalTo(140000.00f))
                .body("scenarios[0].yearly[2]", equalTo(1097000.00f))
                // years 1-3 have ended: the actual avoidance is set beside them, not made up without unit costs
                .body("actual", hasSize(3))
                .body("actual[0].avoidance", nullValue());
    }

    @Test
    void a_case_whose_stated_years_exceed_its_total_or_skip_a_year_is_refused() {
        String admin = councilStaff("pa", "partnership-admin", "E08000003");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(BURY.replace("4872000.00", "1000000.00"))
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(BURY.replace("{\"year\": 2,", "{\"year\": 7,"))
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(admin)
                .when()
                .get(BASE + "/outcomes/business-case")
                .then()
                .statusCode(404);
    }

    @Test
    void with_unit_costs_the_actual_avoidance_from_the_councils_caseload_stands_beside_each_year() {
        String council = "E08000004";
        String admin = councilStaff("pa", "partnership-admin", council);
        String sw = socialWorker(council);
        String s = unique("Case");
        String family = openFamily(sw, s + " family");
        for (int i = 0; i < 6; i++) {
            String child = recordChild(sw, family, childJson("Kid" + i, s, "2016-01-0" + (i + 1), childId()));
            given().auth()
                    .oauth2(sw)
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2023-06-01\", \"categoryOfAbuse\": \"NEG\"}")
                    .when()
                    .post(BASE + "/children/" + child + "/plans")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(
                        BURY.replace(
                                "\"baselineCpChildren\": 200,",
                                "\"baselineCpChildren\": 200, \"baselineLookedAfter\": 0, \"annualCostCpPlan\": 10000.00, \"annualCostLookedAfter\": 50000.00,"))
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200);
        // 194 fewer children on CP plans than the baseline, at GBP 10,000 each
        given().auth()
                .oauth2(admin)
                .when()
                .get(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200)
                .body("actual[0].yearEnds", equalTo("2024-03-31"))
                .body("actual[0].avoidance.annualAmount", equalTo(1940000.00f))
                .body("actual[2].avoidance.annualTarget", equalTo(1097000.00f));
    }
}
