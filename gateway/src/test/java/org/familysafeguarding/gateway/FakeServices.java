package org.familysafeguarding.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Three small HTTP servers standing in for the services behind the gateway in its component
 * tests: each echoes what reached it, serves an API description and answers health.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("partners", "contracts", "caseload")) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/api/", exchange -> echo(service, exchange));
                server.createContext("/q/openapi", exchange -> reply(exchange, 200, openApi(service)));
                server.createContext("/q/health/ready", exchange -> reply(exchange, 200, "{\"status\":\"UP\"}"));
                server.start();
                servers.add(server);
                config.put("gateway.services." + service + ".url", "http://127.0.0.1:" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        reply(exchange, 200, """
                {"service": "%s", "method": "%s", "path": "%s", "authorization": "%s", "bodyLength": %d}"""
                .formatted(service, exchange.getRequestMethod(), exchange.getRequestURI(), authorization, body.length()));
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
                   "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer"}}}}"""
                .formatted(service, agencyProperty);
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
