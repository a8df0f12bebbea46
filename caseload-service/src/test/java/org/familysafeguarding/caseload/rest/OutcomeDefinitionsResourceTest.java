package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
 * The outcome metrics as the DfE defines them, each against the review's finding that they were not
 * (domain review C2, C3, C4; security review H5): a council of its own per test.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class OutcomeDefinitionsResourceTest {

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

    void council(String code, String adoptedOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into council (council_code, name, local_authority_number, model_adopted_on, as_of, updated_at)
                    values (:code, 'Definitions', null, cast(:adopted as date), now(), now()) on conflict do nothing""")
                    .setParameter("code", code)
                    .setParameter("adopted", adoptedOn)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into council_child_population (council_code, year, children) values (:code, 2025, 40000)
                    on conflict do nothing""").setParameter("code", code).executeUpdate();
        });
    }

    static io.restassured.response.ValidatableResponse report(String token, String from, String to) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from)
                .queryParam("to", to)
                .when()
                .get(BASE + "/outcomes")
                .then();
    }

    @Test
    void short_breaks_are_not_in_care_and_a_change_of_legal_status_is_no_new_entry() {
        String council = "E06000071";
        council(council, null);
        String sw = socialWorker(council);
        String s = unique("Def");
        String family = openFamily(sw, s + " family");
        String breaks = recordChild(sw, family, childJson("Ash", s, "2018-05-04", childId()));
        String care = recordChild(sw, family, childJson("Bay", s, "2016-05-04", childId()));
        post(
                sw,
                "/children/" + breaks + "/plans",
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-05-01\", \"legalStatus\": \"V3\"}");
        String episode = post(
                sw,
                "/children/" + care + "/plans",
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-05-01\", \"legalStatus\": \"C1\"}");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"legalStatus\": \"C2\", \"from\": \"2025-08-01\"}")
                .when()
                .post(BASE + "/plans/" + episode + "/legal-status")
                .then()
                .statusCode(200)
                .body("legalStatus", equalTo("C2"))
                .body("legalStatuses.legalStatus", org.hamcrest.Matchers.contains("C1", "C2"));
        String tm = councilStaff("tm", "team-manager", council);
        report(tm, "2025-04-01", "2026-03-31")
                .statusCode(200)
                .body("period.childrenLookedAfter.value", equalTo(1))
                .body("period.entriesToCare.value", equalTo(1));
        // the change fell in the second quarter: the child entered care once, in the first
        report(tm, "2025-07-01", "2025-09-30").statusCode(200).body("period.entriesToCare.value", equalTo(0));
        // an episode recorded as ending with X1 and another starting that day is one period of care
        String other = recordChild(sw, family, childJson("Cy", s, "2014-05-04", childId()));
        post(sw, "/children/" + other + "/plans", """
                {"kind": "LOOKED_AFTER", "startDate": "2025-05-01", "legalStatus": "V2", "endDate": "2025-10-01", "closureReason": "X1"}""");
        post(
                sw,
                "/children/" + other + "/plans",
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-10-01\", \"legalStatus\": \"C2\"}");
        report(tm, "2025-10-01", "2025-12-31")
                .statusCode(200)
                .body("period.entriesToCare.value", equalTo(0))
                .body("period.lookedAfterCeasedByReason.X1", nullValue());
    }

    @Test
    void closures_count_cases_by_their_cin_reason_and_children_in_need_are_open_episodes() {
        String council = "E06000072";
        council(council, null);
        String sw = socialWorker(council);
        String s = unique("Def");
        String child = recordChild(sw, openFamily(sw, s + " family"), childJson("Ash", s, "2014-05-04", childId()));
        String referral = post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2025-04-10\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"SECTION_47\"}");
        post(
                sw,
                "/children/" + child + "/plans",
                "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-04-20\", \"endDate\": \"2025-05-20\"}");
        post(
                sw,
                "/children/" + child + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-05-20\", \"categoryOfAbuse\": \"NEG\"}");
        String tm = councilStaff("tm", "team-manager", council);
        // on a CP plan, not a CIN plan, and in need: the DfE's CIN rate counts it (finding C4)
        report(tm, "2025-04-01", "2025-09-30")
                .statusCode(200)
                .body("period.childrenInNeed.value", equalTo(1))
                .body("period.cinRatePer10000.value", equalTo(0.3f))
                .body("period.childrenOnCinPlans.value", equalTo(0))
                .body("period.cinPlanRatePer10000.value", equalTo(0.0f));
        String cp = given().auth()
                .oauth2(sw)
                .queryParam("kind", "CHILD_PROTECTION")
                .when()
                .get(BASE + "/children/" + child + "/plans")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"endDate\": \"2025-11-20\"}")
                .when()
                .post(BASE + "/plans/" + cp + "/closure")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2025-11-20\", \"reason\": \"RC7\"}")
                .when()
                .post(BASE + "/referrals/" + referral + "/closure")
                .then()
                .statusCode(200);
        // one case closed once (finding C3: its CIN and CP plans were each counted by an RC code)
        report(tm, "2025-04-01", "2026-03-31")
                .statusCode(200)
                .body("period.closuresByReason.RC7.value", equalTo(1))
                .body("period.childrenInNeed.value", equalTo(0));
    }

    @Test
    void an_analyst_cannot_difference_two_windows_or_a_whole_and_its_parts() {
        String council = "E06000073";
        council(council, "2025-10-01");
        String sw = socialWorker(council);
        String s = unique("Def");
        String family = openFamily(sw, s + " family");
        for (int i = 0; i < 12; i++) {
            String child = recordChild(sw, family, childJson("Kid" + i, s, "2015-01-0" + (1 + i % 9), childId()));
            // eleven referrals in May, one on 31 March
            post(
                    sw,
                    "/children/" + child + "/referrals",
                    "{\"referralDate\": \"" + (i == 11 ? "2026-03-31" : "2025-05-0" + (1 + i % 9))
                            + "\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"NO_FURTHER_ACTION\"}");
        }
        String analyst = councilStaff("an", "analyst", council);
        report(analyst, "2025-04-01", "2026-03-31")
                .statusCode(200)
                .body("period.referrals.value", equalTo(12))
                .body("adoptionSplitWithheld", equalTo(true))
                .body("beforeAdoption", nullValue())
                .body("afterAdoption", nullValue());
        // the review's probe: the same year less one day would give 31 March's count
        report(analyst, "2025-04-01", "2026-03-30").statusCode(422).contentType("application/problem+json");
        report(analyst, "2025-04-02", "2026-03-31").statusCode(422);
        // March alone holds 1: suppressed; the last quarter less January and February would give it, so one more is
        // held
        report(analyst, "2026-03-01", "2026-03-31").statusCode(200).body("period.referrals.suppressed", equalTo(true));
        var q4 = report(analyst, "2026-01-01", "2026-03-31").statusCode(200).extract();
        var jan = report(analyst, "2026-01-01", "2026-01-31").statusCode(200).extract();
        var feb = report(analyst, "2026-02-01", "2026-02-28").statusCode(200).extract();
        boolean allShown = !q4.<Boolean>path("period.referrals.suppressed")
                && !jan.<Boolean>path("period.referrals.suppressed")
                && !feb.<Boolean>path("period.referrals.suppressed");
        org.assertj.core.api.Assertions.assertThat(allShown)
                .as("Q4 - January - February would reveal March")
                .isFalse();
        // and the year less its other three quarters
        boolean yearRecoverable = !q4.<Boolean>path("period.referrals.suppressed");
        org.assertj.core.api.Assertions.assertThat(yearRecoverable)
                .as("the quarter holding the 1 is itself held")
                .isFalse();
        // a team manager still gets any window
        report(councilStaff("tm", "team-manager", council), "2025-04-01", "2026-03-30")
                .statusCode(200)
                .body("period.referrals.value", equalTo(11));
    }
}
