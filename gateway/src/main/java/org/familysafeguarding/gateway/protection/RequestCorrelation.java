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
 * <p>
 * The request id is always the gateway's own: the services write it into every audit entry, so a
 * caller must not be able to choose it (to reuse another request's id, or to mislead). An id the
 * client sent is kept apart as {@code X-Client-Request-Id}, passed on and echoed back. NHS
 * organisation headers ({@code NHSD-*}) say who asked on the NHS side; they are passed on only on the
 * NHS integration's own route, which only its token may use.
 */
@ApplicationScoped
public class RequestCorrelation {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String CLIENT_REQUEST_ID = "X-Client-Request-Id";
    static final String NHS_ROUTE = "/api/caseload/v1/fhir/";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Visible ASCII only, so an id cannot split or forge a log line. */
    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,100}");

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.CORRELATION).handler(this::handle);
    }

    void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String clientId = clientRequestId(headers.get(REQUEST_ID), headers.get(CLIENT_REQUEST_ID));
        String requestId = UUID.randomUUID().toString();
        headers.set(REQUEST_ID, requestId);
        if (clientId != null) {
            headers.set(CLIENT_REQUEST_ID, clientId);
        } else {
            headers.remove(CLIENT_REQUEST_ID);
        }
        if (!context.request().path().startsWith(NHS_ROUTE)) {
            headers.names().stream()
                    .filter(name -> name.regionMatches(true, 0, "NHSD-", 0, 5))
                    .toList()
                    .forEach(headers::remove);
        }

        var incoming = TraceParent.parse(headers.get(TRACEPARENT));
        if (incoming.isEmpty()) {
            // Without a valid traceparent its tracestate means nothing (W3C Trace Context, 3.3).
            headers.remove(TRACESTATE);
            headers.set(TRACEPARENT, TraceParent.generate().toString());
        }
        context.addHeadersEndHandler(v -> {
            context.response().headers().set(REQUEST_ID, requestId);
            if (clientId != null) {
                context.response().headers().set(CLIENT_REQUEST_ID, clientId);
            }
        });
        context.next();
    }

    /** The client's own id for the request, if it sent a well-formed one (either header), else none. */
    static String clientRequestId(String requestIdHeader, String clientIdHeader) {
        for (String incoming : new String[] {clientIdHeader, requestIdHeader}) {
            if (incoming != null && VALID_REQUEST_ID.matcher(incoming).matches()) {
                return incoming;
            }
        }
        return null;
    }
}
