package org.familysafeguarding.partners.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;

import java.util.UUID;

import org.familysafeguarding.partners.rest.PractitionerResourceTest;
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
class PractitionerEventsPublicationTest {

    @Test
    void registering_and_changing_a_practitioner_publish_events_without_their_name() throws Exception {
        UUID agency = PractitionerResourceTest.newAgency();
        String login = "p" + UUID.randomUUID().toString().substring(0, 10);
        String id = PractitionerResourceTest.register(agency, "FAMILY_PRACTITIONER", login);
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", agency.toString()))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(PractitionerResourceTest.practitioner("FAMILY_PRACTITIONER", "0.5", login))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200);

        JsonNode registered = EventExamples.published(id, "org.familysafeguarding.partners.practitioner-registered.v1");
        EventExamples.assertShapedLikeExample(registered, "practitioner-registered.v1.json");
        assertThat(registered.toString()).doesNotContain("Tomasz").doesNotContain("Reilly");
        assertThat(registered.path("login").asText()).isEqualTo(login);

        JsonNode updated = EventExamples.published(id, "org.familysafeguarding.partners.practitioner-updated.v1");
        EventExamples.assertShapedLikeExample(updated, "practitioner-updated.v1.json");
        assertThat(updated.path("fte").decimalValue()).isEqualByComparingTo("0.5");
    }
}
