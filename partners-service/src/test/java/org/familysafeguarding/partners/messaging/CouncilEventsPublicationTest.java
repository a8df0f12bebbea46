package org.familysafeguarding.partners.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class CouncilEventsPublicationTest {

    static final String CODE = "E06000777";

    @Test
    void registering_and_changing_a_council_publish_events_shaped_like_their_examples() throws Exception {
        String admin = councilStaff("admin", "partnership-admin", CODE);
        String details = """
                {"name": "Seaside Borough Council", "localAuthorityNumber": "777", "modelAdoptedOn": "2023-04-01",
                 "inHoursPhone": "01234 567890", "outOfHoursPhone": "01234 567891",
                 "decisionThresholds": {"keyDecision": 500000.00, "officerUpTo": 250000.00, "cabinetMemberUpTo": 1000000.00},
                 "childPopulation": [{"year": 2024, "children": 41000}]}""";
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"details\": %s}".formatted(CODE, details))
                .when()
                .post("/api/partners/v1/councils")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(details)
                .when()
                .put("/api/partners/v1/councils/" + CODE)
                .then()
                .statusCode(200);

        JsonNode registered = EventExamples.published(CODE, "org.familysafeguarding.partners.council-registered.v1");
        EventExamples.assertShapedLikeExample(registered, "council-registered.v1.json");
        assertThat(registered.path("decisionThresholds").path("officerUpTo").decimalValue())
                .isEqualByComparingTo("250000.00");

        JsonNode updated = EventExamples.published(CODE, "org.familysafeguarding.partners.council-updated.v1");
        EventExamples.assertShapedLikeExample(updated, "council-updated.v1.json");
    }
}
