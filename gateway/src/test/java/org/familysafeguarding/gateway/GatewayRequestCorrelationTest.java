package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.familysafeguarding.gateway.protection.TraceParent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Request ids and W3C trace context travel to the services, back to the caller and into the access log. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayRequestCorrelationTest {

    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static String token() {
        return GatewayTokens.user("dashboard", "ws-correlation", "social-worker");
    }

    @Test
    void the_request_id_is_the_gateways_own_and_a_clients_id_is_kept_apart() {
        String marker = UUID.randomUUID().toString();
        String returned = given().auth()
                .oauth2(token())
                .header("X-Request-Id", "dashboard-" + marker)
                .when()
                .get("/api/partners/v1/agencies?probe=" + marker)
                .then()
                .statusCode(200)
                .header("X-Client-Request-Id", "dashboard-" + marker)
                .extract()
                .header("X-Request-Id");
        assertThat(returned).matches(UUID_SHAPE);
        assertThat(FakeServices.received(marker).headers())
                .containsEntry("x-request-id", returned)
                .containsEntry("x-client-request-id", "dashboard-" + marker);
    }

    @Test
    void nhs_organisation_headers_reach_only_the_nhs_integrations_route() {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token())
                .header("NHSD-End-User-Organisation-ODS", "RX2")
                .header("NHSD-Session-URID", "555254242106")
                .when()
                .get("/api/caseload/v1/families?probe=" + marker)
                .then()
                .statusCode(200);
        assertThat(FakeServices.received(marker).headers())
                .doesNotContainKeys("nhsd-end-user-organisation-ods", "nhsd-session-urid");
        String fhir = UUID.randomUUID().toString();
        given().auth()
                .oauth2(GatewayTokens.serviceAccount("nhs-integration"))
                .header("NHSD-End-User-Organisation-ODS", "RX2")
                .when()
                .get("/api/caseload/v1/fhir/Flag?probe=" + fhir)
                .then()
                .statusCode(200);
        assertThat(FakeServices.received(fhir).headers()).containsEntry("nhsd-end-user-organisation-ods", "RX2");
    }

    @Test
    void a_missing_or_unfit_request_id_is_replaced_by_a_new_one() {
        for (String unfit : new String[] {null, "x".repeat(101), "two words", "line\tbreak"}) {
            String marker = UUID.randomUUID().toString();
            var request = given().auth().oauth2(token());
            if (unfit != null) {
                request.header("X-Request-Id", unfit);
            }
            String returned = request.when()
                    .get("/api/partners/v1/agencies?probe=" + marker)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("X-Request-Id");
            assertThat(returned).matches(UUID_SHAPE);
            assertThat(FakeServices.received(marker).headers()).containsEntry("x-request-id", returned);
        }
    }

    @Test
    void answers_the_gateway_gives_itself_carry_a_request_id_too() {
        given().when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(401)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern(UUID_SHAPE));
        given().header("X-Request-Id", "caller-chosen-1")
                .when()
                .get("/q/health/ready")
                .then()
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern(UUID_SHAPE))
                .header("X-Client-Request-Id", "caller-chosen-1");
    }

    @Test
    void a_valid_traceparent_and_its_tracestate_pass_through_unchanged() {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token())
                .header("traceparent", TRACEPARENT)
                .header("tracestate", "congo=t61rcWkgMzE")
                .when()
                .get("/api/contracts/v1/contracts?probe=" + marker)
                .then()
                .statusCode(200);
        assertThat(FakeServices.received(marker).headers())
                .containsEntry("traceparent", TRACEPARENT)
                .containsEntry("tracestate", "congo=t61rcWkgMzE");
    }

    @Test
    void a_missing_or_malformed_traceparent_is_replaced_and_its_tracestate_dropped() {
        for (String malformed : new String[] {
            null,
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331",
            "00-00000000000000000000000000000000-b7ad6b7169203331-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"
        }) {
            String marker = UUID.randomUUID().toString();
            var request = given().auth().oauth2(token()).header("tracestate", "congo=t61rcWkgMzE");
            if (malformed != null) {
                request.header("traceparent", malformed);
            }
            request.when()
                    .get("/api/contracts/v1/contracts?probe=" + marker)
                    .then()
                    .statusCode(200);
            var headers = FakeServices.received(marker).headers();
            assertThat(TraceParent.parse(headers.get("traceparent"))).isPresent();
            assertThat(headers.get("traceparent")).isNotEqualTo(malformed);
            assertThat(headers).doesNotContainKey("tracestate");
        }
    }

    @Test
    void the_access_log_shows_the_request_id_and_the_trace() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
        accessLog.addHandler(capture);
        try {
            String requestId = "log-" + UUID.randomUUID();
            given().auth()
                    .oauth2(token())
                    .header("X-Request-Id", requestId)
                    .header("traceparent", TRACEPARENT)
                    .when()
                    .get("/api/caseload/v1/families")
                    .then()
                    .statusCode(200);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (lines.stream().noneMatch(l -> l.contains(requestId)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .contains("request-id=" + requestId)
                            .contains("traceparent=" + TRACEPARENT)
                            .contains("/api/caseload/v1/families"));
        } finally {
            accessLog.removeHandler(capture);
        }
    }
}
