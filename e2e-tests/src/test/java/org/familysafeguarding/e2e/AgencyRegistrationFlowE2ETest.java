package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The first cross-service flow: an agency registered in partners-service reaches contracts-service
 * and caseload-service through Kafka, and each shows it through the gateway.
 */
class AgencyRegistrationFlowE2ETest {

    @Test
    void a_registered_agency_reaches_contracts_and_caseload_through_kafka() {
        String admin = Stack.tokenFor("platform-admin");
        String charityNumber = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 99_999_999));
        String name = "Harbour Family Recovery " + UUID.randomUUID().toString().substring(0, 8);

        String id = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CHARITY", "charityNumber": "%s"}""".formatted(name, charityNumber))
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(admin)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name));
        String reader = Stack.tokenFor("partnership-admin");
        for (String service : new String[] {"contracts", "caseload"}) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> given().auth()
                            .oauth2(reader)
                            .when()
                            .get(Stack.GATEWAY + "/api/" + service + "/v1/agencies/" + id)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo(name))
                            .body("kind", equalTo("CHARITY")));
        }
    }

    @Test
    void the_demo_agencies_were_loaded_and_reached_every_service() {
        String admin = Stack.tokenFor("partnership-admin");
        String changeGrowLive = "6f1c2a10-0000-4000-8000-000000000001";
        for (String service : new String[] {"partners", "contracts", "caseload"}) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(admin)
                            .when()
                            .get(Stack.GATEWAY + "/api/" + service + "/v1/agencies/" + changeGrowLive)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("Change, Grow, Live")));
        }
    }

    @Test
    void invalid_input_through_the_gateway_is_a_problem_body_and_nothing_is_registered() {
        String admin = Stack.tokenFor("platform-admin");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "", "kind": "NHS_TRUST", "odsCode": "not an ods code"}""")
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
