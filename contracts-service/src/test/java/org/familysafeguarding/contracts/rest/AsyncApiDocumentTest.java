package org.familysafeguarding.contracts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AsyncApiDocumentTest {

    @Test
    void serves_its_asyncapi_document_from_the_catalogue_without_a_token_as_it_serves_its_openapi_document() throws Exception {
        String body = given().when().get("/q/asyncapi").then().statusCode(200).contentType("application/json")
                .extract().asString();
        assertThat(new ObjectMapper().readTree(body)).isEqualTo(EventCatalogue.of("contracts").document());
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
    }
}
