package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.contracts.support.Tenders.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

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
class TenderVisibilityTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void a_provider_manager_bids_for_their_own_agency_and_sees_only_their_own_bid_and_no_score() {
        String council = councils.known();
        UUID mine = agencies.known();
        UUID rival = agencies.known();
        String before = inProcurement(council);
        asCouncil("commissioner", council).when().post(tender(before)).then().statusCode(201);
        asAgency("provider-manager", mine).when().get(tender(before)).then().statusCode(404);
        asAgency("provider-manager", mine)
                .body("{\"price\": 1000.00}")
                .when()
                .post(tender(before) + "/bids")
                .then()
                .statusCode(404);

        String id = openForBids(council);
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id))
                .then()
                .statusCode(200)
                .body("stage", equalTo("BIDS_OPEN"))
                .body("criteria.title", contains("Safeguarding policy", "Practice model", "Mobilisation", "Price"))
                .body("$", not(hasKey("panel")))
                .body("$", not(hasKey("decisions")));
        asAgency("provider-manager", mine)
                .body("{\"agencyId\": \"" + rival + "\", \"price\": 1000.00}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/bid-for-another-agency"));
        asAgency("provider-manager", mine)
                .body("{\"price\": -5}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(400);
        String own = asAgency("provider-manager", mine)
                .body("{\"price\": 950000.00}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAgency("provider-manager", mine)
                .body("{\"price\": 940000.00}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(409);
        String theirs = bid(council, id, rival, "990000.00");

        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/bids")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(own));
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/bids/" + theirs)
                .then()
                .statusCode(404);
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/bids/" + own)
                .then()
                .statusCode(200)
                .body("price", equalTo(950000.00f));
        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/bids")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(own, theirs));
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/scores")
                .then()
                .statusCode(403);
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/moderated-scores")
                .then()
                .statusCode(403);
        asAgency("provider-manager", mine)
                .when()
                .get(tender(id) + "/ranking")
                .then()
                .statusCode(403);
    }

    @Test
    void evaluators_score_alone_and_see_only_their_own_scores_until_moderation() {
        String council = councils.known();
        String id = openForBids(council);
        String bid = bid(council, id, agencies.known(), "500000.00");
        asCommissioner(EVALUATOR_ONE, council)
                .body(marks(council, id, true, 3, 3, "Early"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/stage-not-allowed"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(200);

        asCommissioner(EVALUATOR_ONE, council)
                .body(marks(council, id, true, 3, 4, "Sound"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(200);
        asCommissioner(EVALUATOR_ONE, council)
                .body(marks(council, id, true, 9, 4, "Out of scale"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/mark-invalid"));
        asCommissioner("not-on-panel", council)
                .body(marks(council, id, true, 1, 1, "Not mine to give"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://familysafeguarding.org/problems/not-on-panel"));
        asCommissioner(EVALUATOR_TWO, council)
                .body(marks(council, id, true, 5, 2, "Good"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(200);

        asCommissioner(EVALUATOR_ONE, council)
                .when()
                .get(tender(id) + "/scores")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.evaluator", everyItem(equalTo(EVALUATOR_ONE)));
        asCommissioner(EVALUATOR_TWO, council)
                .when()
                .get(tender(id) + "/scores")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.evaluator", everyItem(equalTo(EVALUATOR_TWO)));
        asCommissioner("not-on-panel", council)
                .when()
                .get(tender(id) + "/scores")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/ranking")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/moderation-not-started"));
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 4, 3, "Agreed"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/moderated-scores")
                .then()
                .statusCode(422);

        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .when()
                .post(tender(id) + "/moderation")
                .then()
                .statusCode(200);
        asCommissioner(EVALUATOR_ONE, council)
                .when()
                .get(tender(id) + "/scores")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(6));
        asCommissioner(EVALUATOR_ONE, council)
                .body(marks(council, id, true, 2, 2, "Too late"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(422);
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 4, 3, " "))
                .when()
                .put(tender(id) + "/bids/" + bid + "/moderated-scores")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/rationale-required"));
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 4, 3, "Panel agreed the middle view"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/moderated-scores")
                .then()
                .statusCode(200)
                .body("rationale", everyItem(equalTo("Panel agreed the middle view")))
                .body("moderatedBy", everyItem(equalTo("someone-commissioner")));
        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/moderated-scores")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
    }

    @Test
    void moderation_waits_for_every_evaluator() {
        String council = councils.known();
        String id = openForBids(council);
        String bid = bid(council, id, agencies.known(), "500000.00");
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(200);
        asCommissioner(EVALUATOR_ONE, council)
                .body(marks(council, id, true, 3, 4, "Sound"))
                .when()
                .put(tender(id) + "/bids/" + bid + "/scores")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .when()
                .post(tender(id) + "/moderation")
                .then()
                .statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString(EVALUATOR_TWO));
    }
}
