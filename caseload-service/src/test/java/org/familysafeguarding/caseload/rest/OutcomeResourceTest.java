package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class OutcomeResourceTest {

    /** A council of its own, with the model adopted on 1 October 2025 and 40,000 children. */
    static final String OUTCOME_COUNCIL = "E06000050";

    static final String CASELESS_COUNCIL = "E06000051";

    @Inject
    EntityManager em;

    static String post(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Three children whose plans and referrals give every metric something to count. */
    static boolean made;

    @BeforeEach
    void a_councils_children_on_plans() {
        if (made) {
            return;
        }
        made = true;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into council (council_code, name, local_authority_number, model_adopted_on, as_of, updated_at)
                    values (:code, 'Outcome Test Council', '841', date '2025-10-01', now(), now())""").setParameter("code", OUTCOME_COUNCIL).executeUpdate();
            em.createNativeQuery("""
                    insert into council_child_population (council_code, year, children)
                    values (:code, 2024, 39000), (:code, 2025, 40000)""").setParameter("code", OUTCOME_COUNCIL).executeUpdate();
        });
        String sw = socialWorker(OUTCOME_COUNCIL);
        String surname = unique("Outcome");
        String family = openFamily(sw, surname + " family");
        String a = recordChild(sw, family, childJson("Alder", surname, "2017-01-01", childId()));
        String b = recordChild(sw, family, childJson("Birch", surname, "2015-01-01", childId()));
        String c = recordChild(sw, family, childJson("Cherry", surname, "2019-01-01", childId()));
        post(
                sw,
                "/children/" + a + "/referrals",
                "{\"referralDate\": \"2025-05-01\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"NO_FURTHER_ACTION\"}");
        post(
                sw,
                "/children/" + a + "/referrals",
                "{\"referralDate\": \"2025-08-01\", \"source\": \"6\", \"primaryNeed\": \"N1\"}");
        post(
                sw,
                "/children/" + a + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-05-10\", \"categoryOfAbuse\": \"NEG\"}");
        post(sw, "/children/" + b + "/plans", """
                {"kind": "CHILD_PROTECTION", "startDate": "2023-01-01", "categoryOfAbuse": "EMO", "endDate": "2025-06-01"}""");
        post(
                sw,
                "/children/" + b + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-07-01\", \"categoryOfAbuse\": \"PHY\"}");
        post(sw, "/children/" + c + "/plans", """
                {"kind": "CHILD_IN_NEED", "startDate": "2025-04-01", "endDate": "2025-10-31"}""");
        post(
                sw,
                "/children/" + c + "/plans",
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-11-01\", \"legalStatus\": \"C2\"}");
    }

    static io.restassured.response.ValidatableResponse report(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", "2025-04-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get(BASE + "/outcomes")
                .then();
    }

    @Test
    void a_manager_sees_the_years_figures_as_the_dfe_counts_them_split_at_the_adoption_date() {
        report(councilStaff("tm", "team-manager", OUTCOME_COUNCIL))
                .statusCode(200)
                .body("modelAdoptedOn", equalTo("2025-10-01"))
                .body("period.population", equalTo(40000))
                .body("period.childrenOnCinPlans.value", equalTo(0))
                .body("period.childrenOnCpPlans.value", equalTo(2))
                .body("period.cpRatePer10000.value", equalTo(0.5f))
                .body("period.childrenLookedAfter.value", equalTo(1))
                .body("period.lookedAfterRatePer10000.value", equalTo(0.3f))
                .body("period.referrals.value", equalTo(2))
                .body("period.reReferrals.value", equalTo(1))
                .body("period.reReferralRate.value", equalTo(50.0f))
                .body("period.cpPlansStarted.value", equalTo(2))
                .body("period.repeatCpPlans.value", equalTo(1))
                .body("period.repeatCpPlanRate.value", equalTo(50.0f))
                .body("period.cpPlansEnded.value", equalTo(1))
                .body("period.cpPlansLastingTwoYearsOrMore.value", equalTo(1))
                .body("period.entriesToCare.value", equalTo(1))
                .body("period.childrenInNeed.value", equalTo(1))
                .body("period.closuresByReason.RC8.value", equalTo(1))
                .body("beforeAdoption.period.to", equalTo("2025-09-30"))
                .body("beforeAdoption.childrenOnCinPlans.value", equalTo(1))
                .body("beforeAdoption.childrenLookedAfter.value", equalTo(0))
                .body("beforeAdoption.referrals.value", equalTo(2))
                .body("afterAdoption.period.from", equalTo("2025-10-01"))
                .body("afterAdoption.entriesToCare.value", equalTo(1))
                .body("afterAdoption.cpPlansStarted.value", equalTo(0))
                .body("afterAdoption.closuresByReason.RC8", nullValue())
                .body("costAvoidance", nullValue());
    }

    @Test
    void analysts_see_small_counts_suppressed_and_the_cost_avoidance_with_them() {
        String admin = councilStaff("pa", "partnership-admin", OUTCOME_COUNCIL);
        String etag = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                {"baselineDate": "2025-04-01", "baselineCpChildren": 10, "baselineLookedAfter": 5,
                 "annualCostCpPlan": 10000.00, "annualCostLookedAfter": 60000.00, "annualTarget": 100000.00}""")
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        report(admin)
                .statusCode(200)
                .body("costAvoidance.fewerCpChildren", equalTo(8))
                .body("costAvoidance.fewerLookedAfter", equalTo(4))
                .body("costAvoidance.annualAmount", equalTo(320000.00f))
                .body("costAvoidance.percentOfTarget", equalTo(320.0f));
        report(councilStaff("analyst", "analyst", OUTCOME_COUNCIL))
                .statusCode(200)
                .body("period.childrenOnCpPlans.value", nullValue())
                .body("period.childrenOnCpPlans.suppressed", equalTo(true))
                .body("period.cpRatePer10000.suppressed", equalTo(true))
                .body("period.reReferralRate.suppressed", equalTo(true))
                .body("period.closuresByReason.RC8.suppressed", equalTo(true))
                .body("adoptionSplitWithheld", equalTo(true))
                .body("beforeAdoption", nullValue())
                .body("period.childrenOnCinPlans.value", equalTo(0))
                .body("period.childrenOnCinPlans.suppressed", equalTo(false))
                .body("costAvoidance", nullValue())
                .body("costAvoidanceSuppressed", equalTo(true));

        String body = """
                {"baselineDate": "2025-04-01", "baselineCpChildren": 12, "baselineLookedAfter": 5,
                 "annualCostCpPlan": 10000.00, "annualCostLookedAfter": 60000.00}""";
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(body)
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(200)
                .body("baselineCpChildren", equalTo(12));
    }

    @Test
    void a_year_to_31_march_uses_the_mid_year_estimate_before_it() {
        // review finding C13: the DfE uses mid-2024 for 31 March 2025, not a mid-2025 estimate loaded later
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", OUTCOME_COUNCIL))
                .queryParam("from", "2024-04-01")
                .queryParam("to", "2025-03-31")
                .when()
                .get(BASE + "/outcomes")
                .then()
                .statusCode(200)
                .body("period.population", equalTo(39000));
    }

    @Test
    void only_managers_admins_and_analysts_see_outcomes_and_only_admins_set_the_business_case() {
        report(socialWorker(OUTCOME_COUNCIL)).statusCode(403);
        report(agencyStaff("pm", "provider-manager", UUID.randomUUID().toString()))
                .statusCode(403);
        report(councilStaff("tm", "commissioner", OUTCOME_COUNCIL)).statusCode(403);
        given().queryParam("from", "2025-04-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get(BASE + "/outcomes")
                .then()
                .statusCode(401);
        for (String role : new String[] {"team-manager", "analyst"}) {
            given().auth()
                    .oauth2(councilStaff(role, role, OUTCOME_COUNCIL))
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"baselineDate\": \"2025-04-01\", \"baselineCpChildren\": 1, \"baselineLookedAfter\": 1, \"annualCostCpPlan\": 1, \"annualCostLookedAfter\": 1}")
                    .when()
                    .put(BASE + "/outcomes/business-case")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", CASELESS_COUNCIL))
                .when()
                .get(BASE + "/outcomes/business-case")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void another_councils_children_never_count_and_bad_periods_are_refused() {
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", CASELESS_COUNCIL))
                .queryParam("from", "2025-04-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get(BASE + "/outcomes")
                .then()
                .statusCode(200)
                .body("period.childrenOnCpPlans.value", equalTo(0))
                .body("period.population", nullValue())
                .body("period.cpRatePer10000.value", nullValue())
                .body("beforeAdoption", nullValue());
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", OUTCOME_COUNCIL))
                .queryParam("from", "2026-04-01")
                .queryParam("to", "2025-03-31")
                .when()
                .get(BASE + "/outcomes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", OUTCOME_COUNCIL))
                .when()
                .get(BASE + "/outcomes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", OUTCOME_COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"baselineCpChildren\": -1, \"annualCostCpPlan\": 1.234}")
                .when()
                .put(BASE + "/outcomes/business-case")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems("baselineDate", "baselineCpChildren", "annualCostCpPlan"));
    }
}
