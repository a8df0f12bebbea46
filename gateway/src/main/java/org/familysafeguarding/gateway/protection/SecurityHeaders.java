package org.familysafeguarding.gateway.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.familysafeguarding.gateway.config.GatewayConfig;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every answer, whoever wrote it (a service, Quarkus, or the gateway itself).
 * They are set as the headers are sent, so they replace whatever a service put there.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SWAGGER_UI = "/q/swagger-ui";

    private final GatewayConfig.SecurityHeaders config;

    public SecurityHeaders(GatewayConfig config) {
        this.config = config.securityHeaders();
    }

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.SECURITY_HEADERS).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(v -> {
            var headers = context.response().headers();
            headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set(
                    "Content-Security-Policy",
                    path != null && path.startsWith(SWAGGER_UI)
                            ? config.swaggerUiContentSecurityPolicy()
                            : config.contentSecurityPolicy());
            if (path != null && path.startsWith("/api/")) {
                // Answers carry personal data: no browser or shared cache may keep them.
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
