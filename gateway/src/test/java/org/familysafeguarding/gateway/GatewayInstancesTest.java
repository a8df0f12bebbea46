package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A service run as several instances: the gateway sends calls to each in turn, passes over one that
 * refuses connections or is not ready, sends a safe call an instance dropped to another one, and never
 * sends a write twice. Instances here are small HTTP servers named after what they do.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(value = GatewayInstancesTest.Instances.class, restrictToAnnotatedClass = true)
@TestProfile(GatewayInstancesTest.SeveralInstances.class)
class GatewayInstancesTest {

    public static class SeveralInstances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.upstream.health-interval",
                    "300ms",
                    "gateway.services.twins.prefixes",
                    "/api/twins",
                    "gateway.services.halfdown.prefixes",
                    "/api/halfdown",
                    "gateway.services.dropping.prefixes",
                    "/api/dropping",
                    "gateway.services.unready.prefixes",
                    "/api/unready",
                    "gateway.services.lone.prefixes",
                    "/api/lone",
                    // no breaker opens while these tests make instances fail on purpose
                    "gateway.circuit-breaker.failures",
                    "1000");
        }
    }

    /** What reached which instance: instance name and the path with query. */
    record Reached(String instance, String method, String uri) {}

    static final List<Reached> REACHED = new CopyOnWriteArrayList<>();

    /** twin-a and twin-b answer; dropper closes every API call without an answer; unready says it is not ready. */
    public static class Instances implements QuarkusTestResourceLifecycleManager {
        private final List<HttpServer> servers = new ArrayList<>();

        @Override
        public Map<String, String> start() {
            String twinA = serve("twin-a", Behaviour.ANSWER);
            String twinB = serve("twin-b", Behaviour.ANSWER);
            String dropper = serve("dropper", Behaviour.DROP);
            String unready = serve("unready", Behaviour.NOT_READY);
            Map<String, String> config = new HashMap<>();
            config.put("gateway.services.twins.urls", twinA + "," + twinB);
            config.put("gateway.services.halfdown.urls", closedUrl() + "," + twinB);
            config.put("gateway.services.dropping.urls", dropper + "," + twinA);
            config.put("gateway.services.unready.urls", unready + "," + twinB);
            config.put("gateway.services.lone.urls", serve("lone-dropper", Behaviour.DROP));
            return config;
        }

        @Override
        public void stop() {
            servers.forEach(server -> server.stop(0));
        }

        private String serve(String name, Behaviour behaviour) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/api/", exchange -> {
                    REACHED.add(new Reached(
                            name,
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().toString()));
                    exchange.getRequestBody().readAllBytes();
                    if (behaviour == Behaviour.DROP) {
                        exchange.close(); // no status line: the connection just ends, as when a process dies
                    } else {
                        reply(exchange, 200, "{\"instance\": \"" + name + "\"}");
                    }
                });
                server.createContext(
                        "/q/health/ready",
                        exchange -> reply(exchange, behaviour == Behaviour.NOT_READY ? 503 : 200, "{}"));
                server.createContext(
                        "/q/openapi", exchange -> reply(exchange, 200, "{\"openapi\": \"3.1.0\", \"paths\": {}}"));
                server.setExecutor(Executors.newCachedThreadPool());
                server.start();
                servers.add(server);
                return "http://127.0.0.1:" + server.getAddress().getPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String closedUrl() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return "http://127.0.0.1:" + socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void reply(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    enum Behaviour {
        ANSWER,
        DROP,
        NOT_READY
    }

    private static String token() {
        return GatewayTokens.user("dashboard", "ws-instances", "social-worker");
    }

    private static List<Reached> reached(String marker) {
        return REACHED.stream().filter(r -> r.uri().contains(marker)).toList();
    }

    @Test
    void calls_go_to_each_instance_in_turn() {
        String marker = UUID.randomUUID().toString();
        Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();
        for (int i = 0; i < 10; i++) {
            String instance = given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/twins/v1/things?m=" + marker)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("instance");
            answeredBy.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
        }
        assertThat(answeredBy.keySet()).containsExactlyInAnyOrder("twin-a", "twin-b");
        assertThat(answeredBy.get("twin-a").get()).isEqualTo(5);
        assertThat(reached(marker)).hasSize(10);
    }

    @Test
    void an_instance_that_refuses_connections_is_passed_over_for_reads_and_writes_alike() {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 4; i++) {
            given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/halfdown/v1/things?m=" + marker)
                    .then()
                    .statusCode(200)
                    .body("instance", equalTo("twin-b"));
            // nothing was sent to the refusing instance, so a write may go on to the other one
            given().auth()
                    .oauth2(token())
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .post("/api/halfdown/v1/things?m=" + marker)
                    .then()
                    .statusCode(200)
                    .body("instance", equalTo("twin-b"));
        }
        assertThat(reached(marker)).hasSize(8).allMatch(r -> r.instance().equals("twin-b"));
    }

    @Test
    void a_read_an_instance_dropped_is_answered_by_another_and_a_dropped_write_is_not_sent_twice()
            throws InterruptedException {
        String readMarker = UUID.randomUUID().toString();
        for (int i = 0; i < 4; i++) {
            awaitReadinessRound();
            given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/dropping/v1/things?m=" + readMarker)
                    .then()
                    .statusCode(200)
                    .body("instance", equalTo("twin-a"));
        }
        assertThat(reached(readMarker)).extracting(Reached::instance).contains("dropper", "twin-a");

        // a write the dropper took and dropped may have been carried out: answered 502, never sent on
        String writeMarker = null;
        for (int i = 0; i < 6 && writeMarker == null; i++) {
            awaitReadinessRound();
            String marker = UUID.randomUUID().toString();
            var answer = given().auth()
                    .oauth2(token())
                    .contentType(ContentType.JSON)
                    .body("{\"n\": 1}")
                    .when()
                    .post("/api/dropping/v1/things?m=" + marker)
                    .then()
                    .extract();
            if (answer.statusCode() == 502) {
                writeMarker = marker;
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
                assertThat(answer.<String>path("type")).endsWith("/problems/service-interrupted");
                assertThat(answer.<String>path("detail")).contains("may or may not have been carried out");
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
            }
        }
        assertThat(writeMarker).as("a write went to the dropper in six tries").isNotNull();
        assertThat(reached(writeMarker)).extracting(Reached::instance).containsExactly("dropper");
    }

    @Test
    void with_one_instance_a_dropped_read_is_tried_once_more_on_a_fresh_connection_and_a_dropped_write_is_not()
            throws InterruptedException {
        awaitReadinessRound();
        String read = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/lone/v1/things?m=" + read)
                .then()
                .statusCode(502)
                .body("type", containsString("/problems/service-interrupted"));
        assertThat(reached(read)).hasSize(2);

        awaitReadinessRound();
        String write = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/lone/v1/things?m=" + write)
                .then()
                .statusCode(502);
        assertThat(reached(write)).hasSize(1);
    }

    @Test
    void an_instance_that_is_not_ready_gets_no_calls_once_its_readiness_has_been_asked() throws InterruptedException {
        Thread.sleep(1000); // a few readiness rounds
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/unready/v1/things?m=" + marker)
                    .then()
                    .statusCode(200)
                    .body("instance", equalTo("twin-b"));
        }
        assertThat(reached(marker)).hasSize(6).allMatch(r -> r.instance().equals("twin-b"));
    }

    @Test
    void the_gateway_is_ready_while_one_instance_of_each_service_is() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'services' }.data.halfdown", containsString("UP"));
    }

    /** Waits for the gateway to take the dropper back (it is passed over after each drop until its readiness answers). */
    private static void awaitReadinessRound() throws InterruptedException {
        Thread.sleep(700);
    }
}
