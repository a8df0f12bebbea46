package org.familysafeguarding.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Three small HTTP servers standing in for the services behind the gateway in its component
 * tests: each echoes what reached it (and records it, so a test can say nothing reached it),
 * serves an API description and answers health. {@code ?delay=millis} makes an answer slow;
 * {@code fake-services.closed-url} is an address where nothing listens.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** What reached a service: its name, the method, the path with query, and the headers the gateway sent. */
    public record Received(String service, String method, String uri, Map<String, String> headers) {}

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Pattern DELAY = Pattern.compile("[?&]delay=(\\d+)");

    private final List<HttpServer> servers = new ArrayList<>();
    private ExecutorService workers;

    /** Whether any request whose path or query contains {@code marker} reached a service. */
    public static boolean reached(String marker) {
        return RECEIVED.stream().anyMatch(r -> r.uri().contains(marker));
    }

    public static Received received(String marker) {
        return RECEIVED.stream()
                .filter(r -> r.uri().contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Nothing with " + marker + " reached a service"));
    }

    @Override
    public Map<String, String> start() {
        workers = Executors.newCachedThreadPool();
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("partners", "contracts", "caseload")) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/api/", exchange -> echo(service, exchange));
                server.createContext("/q/openapi", exchange -> reply(exchange, 200, openApi(service)));
                server.createContext("/q/asyncapi", exchange -> reply(exchange, 200, asyncApi(service)));
                server.createContext("/q/health/ready", exchange -> reply(exchange, 200, "{\"status\":\"UP\"}"));
                server.setExecutor(workers);
                server.start();
                servers.add(server);
                config.put(
                        "gateway.services." + service + ".urls",
                        "http://127.0.0.1:" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        config.put("fake-services.closed-url", "http://127.0.0.1:" + closedPort());
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
        workers.shutdownNow();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        Map<String, String> forwarded = new HashMap<>();
        for (String name : List.of(
                "Authorization",
                "X-Request-Id",
                "X-Client-Request-Id",
                "traceparent",
                "tracestate",
                "NHSD-End-User-Organisation-ODS",
                "NHSD-Session-URID")) {
            if (headers.getFirst(name) != null) {
                forwarded.put(name.toLowerCase(), headers.getFirst(name));
            }
        }
        String uri = exchange.getRequestURI().toString();
        RECEIVED.add(new Received(service, exchange.getRequestMethod(), uri, Map.copyOf(forwarded)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher delay = DELAY.matcher(uri);
        if (delay.find()) {
            try {
                Thread.sleep(Long.parseLong(delay.group(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // What a careless service might send; the gateway's own headers must win.
        exchange.getResponseHeaders().add("Cache-Control", "max-age=600");
        exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
        reply(exchange, 200, """
                {"service": "%s", "method": "%s", "path": "%s", "authorization": "%s", "bodyLength": %d}""".formatted(
                        service, exchange.getRequestMethod(), uri, headers.getFirst("Authorization"), body.length()));
    }

    /** partners and caseload describe "Agency" alike; contracts describes it differently. */
    private static String openApi(String service) {
        String agencyProperty = service.equals("contracts") ? "commissionedServices" : "kind";
        return """
                {"openapi": "3.1.0", "info": {"title": "%1$s", "version": "v1"},
                 "tags": [{"name": "Partner agencies"}],
                 "paths": {"/api/%1$s/v1/agencies/{id}": {"get": {"responses": {"200": {"description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Agency"}}}}}}}},
                 "components": {"schemas": {"Agency": {"type": "object", "properties": {"%2$s": {"type": "string"}}}},
                   "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer"}}}}""".formatted(service, agencyProperty);
    }

    /**
     * partners sends agency-registered on partners.events; contracts and caseload read it (the same message,
     * copied) and send their own events; contracts' "Headers" schema is not partners' and caseload's.
     */
    private static String asyncApi(String service) {
        String agencyRegistered = """
                "agencyRegistered": {"name": "org.familysafeguarding.partners.agency-registered.v1",
                  "headers": {"$ref": "#/components/schemas/Headers"},
                  "payload": {"$ref": "#/components/schemas/AgencyRegistered"}}""";
        String partnersEvents = """
                "partnersEvents": {"address": "partners.events",
                  "messages": {"agencyRegistered": {"$ref": "#/components/messages/agencyRegistered"}}}""";
        String schemas = """
                "Headers": {"type": "object", "properties": {"ce_source": {"const": "%s"}}},
                "AgencyRegistered": {"type": "object", "required": ["agencyId"],
                  "properties": {"agencyId": {"type": "string", "format": "uuid"}}}""".formatted(service.equals("contracts") ? "/contracts-service" : "/partners-service");
        if (service.equals("partners")) {
            return """
                    {"asyncapi": "3.0.0", "info": {"title": "partners-service events", "version": "1.0.0"},
                     "channels": {%s},
                     "operations": {"partnersSendsPartnersEvents": {"action": "send",
                       "channel": {"$ref": "#/channels/partnersEvents"},
                       "messages": [{"$ref": "#/channels/partnersEvents/messages/agencyRegistered"}]}},
                     "components": {"messages": {%s}, "schemas": {%s}}}""".formatted(partnersEvents, agencyRegistered, schemas);
        }
        return """
                {"asyncapi": "3.0.0", "info": {"title": "%1$s-service events", "version": "1.0.0"},
                 "channels": {%2$s,
                   "%1$sEvents": {"address": "%1$s.events",
                     "messages": {"%1$sThing": {"$ref": "#/components/messages/%1$sThing"}}}},
                 "operations": {
                   "%1$sReceivesPartnersEvents": {"action": "receive", "channel": {"$ref": "#/channels/partnersEvents"},
                     "messages": [{"$ref": "#/channels/partnersEvents/messages/agencyRegistered"}]},
                   "%1$sSendsOwnEvents": {"action": "send", "channel": {"$ref": "#/channels/%1$sEvents"},
                     "messages": [{"$ref": "#/channels/%1$sEvents/messages/%1$sThing"}]}},
                 "components": {"messages": {%3$s,
                     "%1$sThing": {"name": "org.familysafeguarding.%1$s.thing-happened.v1",
                       "headers": {"$ref": "#/components/schemas/Headers"},
                       "payload": {"type": "object", "properties": {"thingId": {"type": "string"}}}}},
                   "schemas": {%4$s}}}""".formatted(service, partnersEvents, agencyRegistered, schemas);
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gatewayGaveUp) {
            // the gateway stopped waiting (a timeout test); nothing to answer to
        }
        exchange.close();
    }
}
