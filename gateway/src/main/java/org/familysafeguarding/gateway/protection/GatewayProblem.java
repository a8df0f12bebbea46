package org.familysafeguarding.gateway.protection;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * An RFC 9457 problem details body for what the gateway answers itself (the services answer their
 * own problems). Same type base and fields as the services' problems.
 */
public record GatewayProblem(String slug, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://familysafeguarding.org/problems/";

    public static GatewayProblem tooManyRequests(long retryAfterSeconds) {
        return new GatewayProblem(
                "rate-limited",
                "Too Many Requests",
                429,
                "Too many requests from this caller; try again in " + retryAfterSeconds + " s.");
    }

    public static GatewayProblem bodyTooLarge(long maxBytes) {
        return new GatewayProblem(
                "body-too-large",
                "Content Too Large",
                413,
                "The request body is larger than the " + maxBytes + " bytes the platform accepts.");
    }

    public static GatewayProblem nonCanonicalPath() {
        return new GatewayProblem(
                "non-canonical-path",
                "Bad Request",
                400,
                "The path must be in plain form: no empty, '.' or '..' segments, no ';' parameters, no percent-encoding, "
                        + "no backslash and no segment ending in a dot.");
    }

    public static GatewayProblem serviceUnreachable(String service) {
        return new GatewayProblem(
                "service-unreachable", "Bad Gateway", 502, "The " + service + " service could not be reached.");
    }

    /** The call reached the service and broke off before an answer: it may or may not have been carried out. */
    public static GatewayProblem serviceInterrupted(String service) {
        return new GatewayProblem(
                "service-interrupted",
                "Bad Gateway",
                502,
                "The " + service
                        + " service stopped while handling the request, which may or may not have been carried out: "
                        + "read the record before sending a change again.");
    }

    public static GatewayProblem serviceTimedOut(String service) {
        return new GatewayProblem(
                "service-timeout", "Gateway Timeout", 504, "The " + service + " service did not answer in time.");
    }

    public static GatewayProblem serviceResting(String service, long retryAfterSeconds) {
        return new GatewayProblem(
                "service-unavailable",
                "Service Unavailable",
                503,
                "The " + service + " service is failing; calls to it are paused for " + retryAfterSeconds + " s.");
    }

    public Buffer body(String instance) {
        JsonObject json = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        return json.toBuffer();
    }

    /** Ends the exchange with this problem; {@code retryAfterSeconds} is sent as Retry-After when positive. */
    public void send(RoutingContext context, long retryAfterSeconds) {
        var response = context.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        response.end(body(context.request().path()));
    }

    /** Whole seconds to wait, never zero: a client told "0" would come straight back. */
    public static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
