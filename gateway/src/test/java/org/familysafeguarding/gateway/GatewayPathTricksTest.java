package org.familysafeguarding.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A path written another way must neither reach another service's route nor skip a route permission:
 * each trick below, sent as it is (no client normalising it), as a social worker at the NHS-only FHIR
 * route, is refused by the gateway and reaches no service.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayPathTricksTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/partners/../caseload/v1/fhir/Flag",
                "/api/partners/%2e%2e/caseload/v1/fhir/Flag",
                "/api/caseload//v1/fhir/Flag",
                "/api/caseload/v1/fhir;x=1/Flag",
                "/api/caseload/v1/%66hir/Flag",
                "/api/caseload/v1%2Ffhir/Flag",
                "/api/caseload/v1/./fhir/Flag",
                "/api/caseload/v1/fhir./Flag",
                "/api/caseload/v1/fhir/Flag.",
                "/api/caseload/v1\\fhir/Flag",
                "/API/caseload/v1/fhir/Flag",
                "/api/Caseload/v1/fhir/Flag",
                "/api/caseload/V1/FHIR/Flag"
            })
    void a_path_written_another_way_reaches_no_service(String path) throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange(
                """
                GET %s?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                Connection: close
                """.formatted(path, marker, councilStaff("ws-sw", "social-worker", "E10000032")), new byte[0]);
        assertThat(RawHttp.status(response)).isIn(400, 403, 404);
        assertThat(FakeServices.reached(marker)).as("reached a service").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/partners/../caseload/v1/families",
                "/api/caseload//v1/families",
                "/api/caseload/v1/families;jsessionid=1",
                "/api/caseload/v1/%66amilies"
            })
    void a_path_not_in_plain_form_is_a_400_problem_even_where_the_caller_could_go(String path) throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange(
                """
                GET %s?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                Connection: close
                """.formatted(path, marker, councilStaff("ws-sw", "social-worker", "E10000032")), new byte[0]);
        assertThat(RawHttp.status(response)).isEqualTo(400);
        assertThat(response)
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("non-canonical-path");
        assertThat(FakeServices.reached(marker)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "council: E10000025",
                "X-Forwarded-For: 10.0.0.1",
                "X-Forwarded-Host: evil.example",
                "Forwarded: for=1.1.1.1;host=evil.example"
            })
    void forwarding_headers_change_nothing_the_service_decides_on(String header) throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange(
                """
                GET /api/caseload/v1/families?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                %s
                Connection: close
                """.formatted(marker, councilStaff("ws-sw", "social-worker", "E10000032"), header), new byte[0]);
        assertThat(RawHttp.status(response)).isEqualTo(200);
        assertThat(FakeServices.received(marker).service()).isEqualTo("caseload");
    }
}
