package org.familysafeguarding.gateway.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.familysafeguarding.gateway.config.GatewayConfig;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared body is larger than the limit before it is read at all. A body
 * streamed without a length is counted on its way to the service instead (routing.ServiceGuard).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(GatewayConfig config) {
        this.maxBytes = config.limits().maxBodySize().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.BODY_SIZE).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declared(length) > maxBytes) {
            // The body stays unread, so the connection cannot be used again.
            context.response().putHeader("Connection", "close");
            GatewayProblem.bodyTooLarge(maxBytes).send(context, 0);
            return;
        }
        context.next();
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // the HTTP server itself refuses a malformed length
        }
    }
}
