package org.familysafeguarding.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service serves its AsyncAPI document from the event catalogue at {@code /q/asyncapi}, without a
 * token, as it serves its OpenAPI document. Each service's test extends this as a {@code @QuarkusTest}.
 */
public abstract class ServesItsEventDocument {

    /** The service's folder in the event catalogue: partners, contracts or caseload. */
    protected abstract String service();

    @Test
    void serves_its_asyncapi_document_from_the_catalogue_without_a_token_as_it_serves_its_openapi_document()
            throws Exception {
        String body = given().when()
                .get("/q/asyncapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertEquals(EventCatalogue.of(service()).document(), new ObjectMapper().readTree(body));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
    }
}
