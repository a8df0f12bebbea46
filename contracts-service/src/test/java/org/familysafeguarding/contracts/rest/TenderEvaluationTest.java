package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.contracts.support.Tenders.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
class TenderEvaluationTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void a_tender_runs_from_criteria_to_a_recommendation_ranked_by_weighted_moderated_score() {
        String council = councils.known();
        String id = openForBids(council);
        UUID first = agencies.accreditedBy(council);
        UUID second = agencies.accreditedBy(council);
        UUID third = agencies.accreditedBy(council);
        String a = asAgency("provider-manager", first)
                .body("{\"price\": 900000.00, \"summary\": \"Hub and spoke\"}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(201)
                .body("agencyId", equalTo(first.toString()))
                .body("submittedAs", equalTo("PROVIDER_MANAGER"))
                .extract()
                .path("id");
        String b = bid(council, id, second, "1000000.00");
        String c = bid(council, id, third, "800000.00");
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(200)
                .body("stage", equalTo("SCORING"));

        for (String evaluator : new String[] {EVALUATOR_ONE, EVALUATOR_TWO}) {
            asCommissioner(evaluator, council)
                    .body(marks(council, id, true, 4, 5, "Clear plan"))
                    .when()
                    .put(tender(id) + "/bids/" + a + "/scores")
                    .then()
                    .statusCode(200);
            asCommissioner(evaluator, council)
                    .body(marks(council, id, true, 5, 3, "Strong model"))
                    .when()
                    .put(tender(id) + "/bids/" + b + "/scores")
                    .then()
                    .statusCode(200);
            asCommissioner(evaluator, council)
                    .body(marks(council, id, false, 3, 3, "No policy"))
                    .when()
                    .put(tender(id) + "/bids/" + c + "/scores")
                    .then()
                    .statusCode(200);
        }
        asCouncil("commissioner", council)
                .when()
                .get(tender(id))
                .then()
                .statusCode(200)
                .body("marksExpectedPerEvaluator", equalTo(9))
                .body("panel.marksGiven", contains(9, 9));
        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .when()
                .post(tender(id) + "/moderation")
                .then()
                .statusCode(200)
                .body("stage", equalTo("MODERATION"));

        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/ranking")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/moderation-incomplete"));
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 4, 5, "Agreed as scored"))
                .when()
                .put(tender(id) + "/bids/" + a + "/moderated-scores")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 5, 3, "Agreed as scored"))
                .when()
                .put(tender(id) + "/bids/" + b + "/moderated-scores")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .body(marks(council, id, false, 3, 3, "No safeguarding policy supplied"))
                .when()
                .put(tender(id) + "/bids/" + c + "/moderated-scores")
                .then()
                .statusCode(200);

        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/ranking")
                .then()
                .statusCode(200)
                .body("bids.bidId", contains(a, b, c))
                .body("bids.rank", contains(1, 2, null))
                .body("bids[0].qualityPoints", equalTo(52.00f))
                .body("bids[0].pricePoints", equalTo(40.00f))
                .body("bids[0].totalPoints", equalTo(92.00f))
                .body("bids[1].pricePoints", equalTo(36.00f))
                .body("bids[1].totalPoints", equalTo(88.00f))
                .body("bids[2].passedMandatory", equalTo(false))
                .body("bids[2].totalPoints", nullValue())
                .body("bids.accredited", contains(true, true, true))
                .body("bids.awardable", contains(true, true, false));

        asCouncil("commissioner", council)
                .header("If-Match", "\"5\"")
                .body("{\"bidId\": \"" + c + "\", \"rationale\": \"Cheapest\"}")
                .when()
                .post(tender(id) + "/recommendation")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/bidder-failed-mandatory-criterion"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"5\"")
                .body("{\"bidId\": \"" + a + "\", \"rationale\": \"Highest score on moderated marks\"}")
                .when()
                .post(tender(id) + "/recommendation")
                .then()
                .statusCode(200)
                .body("stage", equalTo("RECOMMENDED"))
                .body("recommendation.bidId", equalTo(a))
                .body("recommendation.by", equalTo("someone-commissioner"))
                .body(
                        "decisions.decision",
                        contains(
                                "started",
                                "criteria-set",
                                "panel-set",
                                "bids-opened",
                                "bids-closed",
                                "moderation-started",
                                "recommended"));
    }

    @Test
    void weights_add_up_to_100_and_criteria_are_fixed_once_bids_open() {
        String council = councils.known();
        String id = inProcurement(council);
        asCouncil("commissioner", council)
                .when()
                .post(tender(id))
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""));
        asCouncil("commissioner", council).when().post(tender(id)).then().statusCode(409);
        asCouncil("commissioner", council)
                .body(CRITERIA)
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body("""
                {"criteria": [{"kind": "QUALITY", "title": "Practice model", "weight": 50},
                              {"kind": "PRICE", "title": "Price", "weight": 40}]}""")
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/weights-do-not-add-up"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body("""
                {"criteria": [{"kind": "MANDATORY", "title": "Insurance", "weight": 10},
                              {"kind": "PRICE", "title": "Price", "weight": 100}]}""")
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/mandatory-criterion-weighted"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body("{\"criteria\": [{\"weight\": 10}]}")
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("kind")))
                .body("errors.field", hasItem(containsString("title")));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .when()
                .post(tender(id) + "/open-bids")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/criteria-required"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(CRITERIA)
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("criteria.weight", contains(null, 40, 20, 40))
                .body("criteria.maxScore", contains(null, 5, 5, null));
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .when()
                .post(tender(id) + "/open-bids")
                .then()
                .statusCode(200)
                .body("stage", equalTo("BIDS_OPEN"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"2\"")
                .body(CRITERIA)
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/stage-not-allowed"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(412);
        asCouncil("commissioner", council)
                .header("If-Match", "\"2\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/no-bids"));
    }

    @Test
    void only_a_competition_in_procurement_is_evaluated() {
        String council = councils.known();
        String planned = plan(council, null);
        asCouncil("commissioner", council)
                .when()
                .post(tender(planned))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/contract-not-in-procurement"));
        String direct = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("IN_PROCUREMENT", "2025-01-20", "OFFICER", permittedDirectAward(council), null))
                .when()
                .post(CONTRACTS + "/" + direct + "/transitions")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .when()
                .post(tender(direct))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/route-not-competitive"));
    }

    @Test
    void other_councils_and_other_roles_cannot_reach_the_tender() {
        String council = councils.known();
        String other = councils.known();
        String id = openForBids(council);
        asCouncil("commissioner", other).when().get(tender(id)).then().statusCode(404);
        asCouncil("commissioner", other)
                .header("If-Match", "\"3\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(404);
        asCouncil("commissioner", other)
                .body("{\"agencyId\": \"" + agencies.known() + "\", \"price\": 1.00}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(404);
        asCouncil("analyst", council).when().get(tender(id)).then().statusCode(403);
        asCouncil("auditor", council).when().get(tender(id) + "/bids").then().statusCode(403);
        asCouncil("commissioner", council)
                .when()
                .get(tender(UUID.randomUUID().toString()))
                .then()
                .statusCode(404);
        String unstarted = inProcurement(council);
        asCouncil("commissioner", council)
                .when()
                .get(tender(unstarted))
                .then()
                .statusCode(404)
                .body("type", equalTo("https://familysafeguarding.org/problems/tender-not-found"));
    }
}
