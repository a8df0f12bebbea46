package org.familysafeguarding.contracts.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.FollowsPartnerAgencies;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** contracts-service's copy of the partner agencies (its OCDS party names), from partners-service's events. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PartnersEventsConsumerTest extends FollowsPartnerAgencies {

    PartnersEventsConsumerTest() {
        super("contracts", () -> councilStaff("ws-commissioner", "commissioner", "E10000032"), "agreement-signed.v1");
    }

    @Test
    void reads_the_publishers_example_of_agency_registered() throws Exception {
        AgencyRegistered event =
                json.readValue(EventCatalogue.example("partners", "agency-registered.v1"), AgencyRegistered.class);
        assertThat(event.agencyId()).isNotNull();
        assertThat(event.name()).isNotBlank();
        assertThat(event.kind()).isNotBlank();
        assertThat(event.registeredAt()).isNotNull();
    }

    @Test
    void a_renamed_agency_is_known_by_its_new_name_and_the_publishers_example_of_agency_updated_reads()
            throws Exception {
        AgencyUpdated example =
                json.readValue(EventCatalogue.example("partners", "agency-updated.v1"), AgencyUpdated.class);
        assertThat(example.agencyId()).isNotNull();
        assertThat(example.updatedAt()).isNotNull();
        UUID agencyId = UUID.randomUUID();
        send(
                agencyId,
                UUID.randomUUID().toString(),
                AgencyRegistered.TYPE,
                payload("agency-registered.v1", agencyId, "Downland Recovery"));
        ObjectNode update = EventCatalogue.exampleNode("partners", "agency-updated.v1");
        update.put("agencyId", agencyId.toString()).put("name", "Downland Recovery and Family Support");
        update.put("updatedAt", "2030-01-01T00:00:00Z");
        send(agencyId, UUID.randomUUID().toString(), AgencyUpdated.TYPE, json.writeValueAsString(update));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "Downland Recovery and Family Support".equals(name(agencyId)));
        given().auth()
                .oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when()
                .get("/api/contracts/v1/agencies/" + agencyId)
                .then()
                .statusCode(200)
                .body("name", equalTo("Downland Recovery and Family Support"))
                .body("kind", equalTo(example.kind()));
    }
}
