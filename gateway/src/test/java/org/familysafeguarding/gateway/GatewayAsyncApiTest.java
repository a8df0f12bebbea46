package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The merged AsyncAPI document: every service's topics, events and schemas in one, beside the merged OpenAPI one. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayAsyncApiTest {

    @Test
    void serves_one_event_description_merged_from_every_service_without_a_token() {
        given().when()
                .get("/asyncapi.json")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.keySet()", containsInAnyOrder("partnersEvents", "contractsEvents", "caseloadEvents"))
                .body("channels.partnersEvents.address", equalTo("partners.events"))
                .body("channels.contractsEvents.address", equalTo("contracts.events"))
                .body(
                        "operations.keySet()",
                        containsInAnyOrder(
                                "partnersSendsPartnersEvents",
                                "contractsReceivesPartnersEvents",
                                "contractsSendsOwnEvents",
                                "caseloadReceivesPartnersEvents",
                                "caseloadSendsOwnEvents"))
                .body(
                        "components.messages.contractsThing.name",
                        equalTo("org.familysafeguarding.contracts.thing-happened.v1"))
                .body("components.schemas.AgencyRegistered.required", equalTo(java.util.List.of("agencyId")))
                .body("$", not(hasKey("x-unavailable-services")));
    }

    @Test
    void a_topic_read_by_several_services_is_one_channel_and_an_equal_copy_is_kept_once() {
        given().when()
                .get("/asyncapi.json")
                .then()
                .statusCode(200)
                .body(
                        "channels.partnersEvents.messages.agencyRegistered.'$ref'",
                        equalTo("#/components/messages/agencyRegistered"))
                .body("components.messages.keySet()", not(org.hamcrest.Matchers.hasItem("partnersAgencyRegistered")))
                .body("components.messages.keySet()", not(org.hamcrest.Matchers.hasItem("caseloadAgencyRegistered")))
                .body(
                        "operations.caseloadReceivesPartnersEvents.messages[0].'$ref'",
                        equalTo("#/channels/partnersEvents/messages/agencyRegistered"));
    }

    @Test
    void a_component_named_alike_but_different_is_renamed_with_its_service_and_its_references_follow() {
        // documents are merged in service name order: caseload, contracts, partners
        given().when()
                .get("/asyncapi.json")
                .then()
                .statusCode(200)
                .body("components.schemas.Headers.properties.ce_source.const", equalTo("/partners-service"))
                .body("components.schemas.contractsHeaders.properties.ce_source.const", equalTo("/contracts-service"))
                .body(
                        "components.messages.contractsThing.headers.'$ref'",
                        equalTo("#/components/schemas/contractsHeaders"))
                .body(
                        "components.messages.contractsAgencyRegistered.headers.'$ref'",
                        equalTo("#/components/schemas/contractsHeaders"))
                .body(
                        "channels.partnersEvents.messages.contractsAgencyRegistered.'$ref'",
                        equalTo("#/components/messages/contractsAgencyRegistered"))
                .body(
                        "operations.contractsReceivesPartnersEvents.messages[0].'$ref'",
                        equalTo("#/channels/partnersEvents/messages/contractsAgencyRegistered"));
    }
}
