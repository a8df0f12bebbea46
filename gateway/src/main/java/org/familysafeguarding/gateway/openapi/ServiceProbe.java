package org.familysafeguarding.gateway.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.gateway.config.GatewayConfig;

/** Plain GETs to a service's management endpoints (health, API description), with a timeout. */
@ApplicationScoped
public class ServiceProbe {

    private final GatewayConfig config;
    private final HttpClient http;

    public ServiceProbe(GatewayConfig config) {
        this.config = config;
        // HTTP/1.1: no h2c upgrade, and no long-lived HTTP/2 connection a service may close between two probes
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.probeTimeout())
                .build();
    }

    /** The body of the first of the service's instances that answers 200, else empty (all down, slow or failing). */
    public Optional<String> get(String service, String path) {
        for (URI url : config.services().get(service).urls()) {
            Optional<String> body = get(url.resolve(path));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** One more try when the first fails on the connection (a kept-alive one the service had just closed). */
    private Optional<String> get(URI uri) {
        try {
            return getOnce(uri);
        } catch (HttpTimeoutException slow) {
            return Optional.empty(); // a slow service is not asked twice
        } catch (IOException first) {
            try {
                return getOnce(uri);
            } catch (IOException second) {
                return Optional.empty();
            }
        }
    }

    private Optional<String> getOnce(URI uri) throws IOException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(config.probeTimeout())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
