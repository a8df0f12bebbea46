package org.familysafeguarding.gateway.protection;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id and a W3C trace context before anything else happens. Both are written
 * into the request's own headers, so the proxy passes them to the service and the access log shows
 * them; the request id also goes back on the response.
 */
@ApplicationScoped
public class RequestCorrelation {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Visible ASCII only, so an id cannot split or forge a log line. */
    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,100}");

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.CORRELATION).handler(this::handle);
    }

    void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String requestId = requestId(headers.get(REQUEST_ID));
        headers.set(REQUEST_ID, requestId);

        var incoming = TraceParent.parse(headers.get(TRACEPARENT));
        if (incoming.isEmpty()) {
            // Without a valid traceparent its tracestate means nothing (W3C Trace Context, 3.3).
            headers.remove(TRACESTATE);
            headers.set(TRACEPARENT, TraceParent.generate().toString());
        }
        context.addHeadersEndHandler(v -> context.response().headers().set(REQUEST_ID, requestId));
        context.next();
    }

    static String requestId(String incoming) {
        return incoming != null && VALID_REQUEST_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
