package org.familysafeguarding.contracts.support;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests and bodies of the tender evaluation tests. */
public final class Tenders {

    public static final String EVALUATOR_ONE = "evaluator-one";
    public static final String EVALUATOR_TWO = "evaluator-two";

    /** Mandatory "Safeguarding policy", quality "Practice model" (40, 0-5), quality "Mobilisation" (20, 0-5), price (40). */
    public static final String CRITERIA = """
            {"criteria": [
              {"kind": "MANDATORY", "title": "Safeguarding policy", "description": "A board-approved safeguarding policy"},
              {"kind": "QUALITY", "title": "Practice model", "weight": 40, "maxScore": 5},
              {"kind": "QUALITY", "title": "Mobilisation", "weight": 20},
              {"kind": "PRICE", "title": "Price", "weight": 40}]}""";

    private Tenders() {}

    public static String tender(String contractId) {
        return CONTRACTS + "/" + contractId + "/tender";
    }

    /** A commissioner of the council with a login of their own. */
    public static RequestSpecification asCommissioner(String username, String council) {
        return given().auth()
                .oauth2(councilStaff(username, "commissioner", council))
                .contentType(ContentType.JSON);
    }

    /** Plans a contract and takes it to procurement on an open competition; its version is then 1. */
    public static String inProcurement(String council) {
        String id = plan(council, null);
        String check = check(council, "OPEN_COMPETITION", "null");
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("IN_PROCUREMENT", "2025-01-20", "OFFICER", check, null))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
        return id;
    }

    /** A tender with the criteria above and both evaluators on the panel, open for bids (version 3). */
    public static String openForBids(String council) {
        String id = inProcurement(council);
        asCouncil("commissioner", council).when().post(tender(id)).then().statusCode(201);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(CRITERIA)
                .when()
                .put(tender(id) + "/criteria")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .body("{\"evaluators\": [\"" + EVALUATOR_ONE + "\", \"" + EVALUATOR_TWO + "\"]}")
                .when()
                .put(tender(id) + "/panel")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .header("If-Match", "\"2\"")
                .when()
                .post(tender(id) + "/open-bids")
                .then()
                .statusCode(200);
        return id;
    }

    /** The id of the tender's criterion with this title. */
    public static String criterion(String council, String id, String title) {
        return asCouncil("commissioner", council)
                .when()
                .get(tender(id))
                .then()
                .statusCode(200)
                .extract()
                .path("criteria.find { it.title == '" + title + "' }.id");
    }

    /** A commissioner records a bid for the agency; answers the bid id. */
    public static String bid(String council, String id, UUID agency, String price) {
        return asCouncil("commissioner", council)
                .body("{\"agencyId\": \"" + agency + "\", \"price\": " + price + ", \"summary\": \"Locality model\"}")
                .when()
                .post(tender(id) + "/bids")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Marks of a bid: the mandatory criterion passed or not, and the two quality scores. */
    public static String marks(String council, String id, boolean passed, int practice, int mobilisation, String note) {
        return """
                {"marks": [
                  {"criterionId": "%s", "passed": %s, "note": "%s"},
                  {"criterionId": "%s", "score": %d, "note": "%s"},
                  {"criterionId": "%s", "score": %d, "note": "%s"}]}""".formatted(
                        criterion(council, id, "Safeguarding policy"),
                        passed,
                        note,
                        criterion(council, id, "Practice model"),
                        practice,
                        note,
                        criterion(council, id, "Mobilisation"),
                        mobilisation,
                        note);
    }

    /**
     * A tender in moderation (version 5): the passing agency bid 900,000 and the failing one
     * 800,000; both evaluators marked both bids and the moderated marks agree with them. Answers
     * the contract id.
     */
    public static String moderated(String council, UUID passing, UUID failing) {
        String id = openForBids(council);
        String pass = bid(council, id, passing, "900000.00");
        String fail = bid(council, id, failing, "800000.00");
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .when()
                .post(tender(id) + "/close-bids")
                .then()
                .statusCode(200);
        for (String evaluator : new String[] {EVALUATOR_ONE, EVALUATOR_TWO}) {
            asCommissioner(evaluator, council)
                    .body(marks(council, id, true, 4, 4, evaluator + " view"))
                    .when()
                    .put(tender(id) + "/bids/" + pass + "/scores")
                    .then()
                    .statusCode(200);
            asCommissioner(evaluator, council)
                    .body(marks(council, id, false, 2, 2, evaluator + " view"))
                    .when()
                    .put(tender(id) + "/bids/" + fail + "/scores")
                    .then()
                    .statusCode(200);
        }
        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .when()
                .post(tender(id) + "/moderation")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .body(marks(council, id, true, 4, 4, "Agreed"))
                .when()
                .put(tender(id) + "/bids/" + pass + "/moderated-scores")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .body(marks(council, id, false, 2, 2, "No policy supplied"))
                .when()
                .put(tender(id) + "/bids/" + fail + "/moderated-scores")
                .then()
                .statusCode(200);
        return id;
    }
}
