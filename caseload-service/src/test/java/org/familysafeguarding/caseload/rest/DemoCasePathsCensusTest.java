package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Each path a case takes in the demo families (deploy/local/lib/demo_families.py), recorded with the
 * same calls the loader makes, gives a census return with no DfE rule error: what DemoDataE2ETest
 * checks on the whole demo volume against the stack.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class DemoCasePathsCensusTest {

    static final String COUNCIL = "E06000059";

    @Inject
    EntityManager em;

    String sw;
    String tm;

    String post(String path, String body) {
        return given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + path)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract()
                .path("id");
    }

    void put(String token, String path, String body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + path)
                .then()
                .statusCode(200);
    }

    String referral(String child, String date, String outcome) {
        return post(
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"" + date + "\", \"source\": \"6\", "
                        + (outcome.equals("NO_FURTHER_ACTION") ? "" : "\"primaryNeed\": \"N1\", ") + "\"outcome\": \""
                        + outcome + "\"}");
    }

    void assessed(String child, String referral, String start, String authorised) {
        String assessment = post(
                "/children/" + child + "/assessments",
                "{\"startDate\": \"" + start + "\", \"referralId\": \"" + referral + "\"}");
        if (authorised != null) {
            put(
                    tm,
                    "/assessments/" + assessment + "/authorisation",
                    "{\"authorisationDate\": \"" + authorised + "\", \"factors\": [\"3B\", \"2B\"]}");
        }
    }

    void close(String referral, String on, String reason) {
        post(
                "/referrals/" + referral + "/closure",
                "{\"closureDate\": \"" + on + "\", \"reason\": \"" + reason + "\"}");
    }

    @Test
    void every_demo_path_gives_a_return_without_a_dfe_error() {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                insert into council (council_code, name, local_authority_number, model_adopted_on, as_of, updated_at)
                values (:code, 'Demo Paths Council', '859', null, now(), now()) on conflict do nothing""").setParameter("code", COUNCIL).executeUpdate());
        sw = socialWorker(COUNCIL);
        tm = councilStaff("tm", "team-manager", COUNCIL);
        String s = unique("Paths");
        String family = openFamily(sw, s + " family");
        String nfa = recordChild(sw, family, childJson("Ada", s, "2021-01-01", childId()));
        String assessedOnly = recordChild(sw, family, childJson("Bo", s, "2020-01-01", childId()));
        String inNeed = recordChild(sw, family, childJson("Cal", s, "2019-01-01", childId()));
        String intoCare = recordChild(sw, family, childJson("Dee", s, "2018-01-01", childId()));
        String stepDown = recordChild(sw, family, childJson("Eve", s, "2017-01-01", childId()));

        referral(nfa, "2025-04-07", "NO_FURTHER_ACTION");

        String r = referral(assessedOnly, "2025-04-08", "ASSESSMENT");
        assessed(assessedOnly, r, "2025-04-09", "2025-05-20");
        close(r, "2025-05-20", "RC9");
        // back within the year, an assessment still running at the census date
        String again = referral(assessedOnly, "2026-02-02", "ASSESSMENT");
        assessed(assessedOnly, again, "2026-02-03", null);

        r = referral(inNeed, "2025-04-14", "ASSESSMENT");
        assessed(inNeed, r, "2025-04-15", "2025-05-27");
        String cin = post(
                "/children/" + inNeed + "/plans",
                "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-05-27\", \"endDate\": \"2025-12-01\"}");
        close(r, "2025-12-01", "RC7");

        // section 47, conference on a weekday, CP plan from it with reviews, pre-proceedings, then care
        r = referral(intoCare, "2025-04-01", "SECTION_47");
        String enquiry = post(
                "/children/" + intoCare + "/section47-enquiries",
                "{\"startDate\": \"2025-04-01\", \"referralId\": \"" + r + "\"}");
        put(sw, "/section47-enquiries/" + enquiry + "/conference", "{\"conferenceDate\": \"2025-04-14\"}");
        assessed(intoCare, r, "2025-04-02", "2025-05-30");
        String cp = post(
                "/children/" + intoCare + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-04-14\", \"categoryOfAbuse\": \"NEG\", \"endDate\": \"2025-11-03\"}");
        post("/plans/" + cp + "/reviews", "{\"reviewDate\": \"2025-07-14\"}");
        post(
                "/children/" + intoCare + "/plans",
                "{\"kind\": \"PRE_PROCEEDINGS\", \"startDate\": \"2025-07-01\", \"endDate\": \"2025-10-01\"}");
        post(
                "/children/" + intoCare + "/plans",
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-11-03\", \"legalStatus\": \"C2\", \"endDate\": \"2026-02-02\", \"closureReason\": \"E45\"}");
        close(r, "2026-02-02", "RC4");

        // CP plan, then a CIN plan from the day it ends; still open at the census date
        r = referral(stepDown, "2025-04-22", "SECTION_47");
        enquiry = post(
                "/children/" + stepDown + "/section47-enquiries",
                "{\"startDate\": \"2025-04-22\", \"referralId\": \"" + r + "\"}");
        put(sw, "/section47-enquiries/" + enquiry + "/conference", "{\"conferenceDate\": \"2025-05-06\"}");
        assessed(stepDown, r, "2025-04-23", "2025-06-03");
        post(
                "/children/" + stepDown + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-05-06\", \"categoryOfAbuse\": \"EMO\", \"endDate\": \"2025-10-06\"}");
        post("/children/" + stepDown + "/plans", "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-10-06\"}");

        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census/validation")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("children", equalTo(5))
                .body("validation.errors", equalTo(0));
    }
}
