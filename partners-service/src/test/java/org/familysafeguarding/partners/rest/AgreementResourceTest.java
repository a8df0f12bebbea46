package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.familysafeguarding.partners.messaging.EventExamplesAccess;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AgreementResourceTest {

    static String body(UUID agency, String categories, String bases) {
        return """
                {"agencyIds": ["%s"], "purpose": "Co-located Family Safeguarding teams",
                 "lawfulBases": [%s], "dataCategories": [%s],
                 "startDate": "2026-01-01", "endDate": "2028-12-31", "reviewDate": "2027-12-31"}""".formatted(agency, bases, categories);
    }

    @Test
    void a_commissioner_signs_an_agreement_that_the_party_agency_can_read_and_others_cannot() throws Exception {
        var s = DueDiligenceResourceTest.setUp();
        String id = given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body(body(
                        s.agency(),
                        "\"SUBSTANCE_USE\", \"CRIMINAL_OFFENCES_AND_RISK\"",
                        "\"UK_GDPR_ART_6_1_E\", \"UK_GDPR_ART_9_2_G\", \"DPA_2018_SCH_1_PARA_18\""))
                .when()
                .post("/api/partners/v1/agreements")
                .then()
                .statusCode(201)
                .body("liveToday", equalTo(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", s.agency().toString()))
                .when()
                .get("/api/partners/v1/agreements/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", s.agency().toString()))
                .when()
                .get("/api/partners/v1/agreements")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", UUID.randomUUID().toString()))
                .when()
                .get("/api/partners/v1/agreements/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", "E10000025"))
                .when()
                .get("/api/partners/v1/agreements/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", "E10000025"))
                .when()
                .get("/api/partners/v1/agreements")
                .then()
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", s.council()))
                .when()
                .get("/api/partners/v1/agreements/" + id)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"on\": \"2026-06-30\", \"reason\": \"TERMINATED\"}")
                .when()
                .post("/api/partners/v1/agreements/" + id + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"));
        given().auth()
                .oauth2(s.commissioner())
                .when()
                .get("/api/partners/v1/agreements/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"));

        EventExamplesAccess.assertPublishedLikeExample(id, "agreement-signed");
        EventExamplesAccess.assertPublishedLikeExample(id, "agreement-ended");
    }

    @Test
    void health_data_without_an_article_9_condition_is_refused_and_nothing_is_signed() {
        var s = DueDiligenceResourceTest.setUp();
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body(body(s.agency(), "\"HEALTH_AND_MENTAL_HEALTH\"", "\"UK_GDPR_ART_6_1_E\""))
                .when()
                .post("/api/partners/v1/agreements")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/no-article-9-condition"));
        given().auth()
                .oauth2(s.commissioner())
                .when()
                .get("/api/partners/v1/agreements")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void an_unknown_agency_or_basis_is_refused() {
        var s = DueDiligenceResourceTest.setUp();
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body(body(UUID.randomUUID(), "\"IDENTITY_AND_CONTACT\"", "\"UK_GDPR_ART_6_1_E\""))
                .when()
                .post("/api/partners/v1/agreements")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body(body(s.agency(), "\"IDENTITY_AND_CONTACT\"", "\"BECAUSE_WE_SAID_SO\""))
                .when()
                .post("/api/partners/v1/agreements")
                .then()
                .statusCode(400);
    }
}
