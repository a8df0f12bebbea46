package org.familysafeguarding.gateway.protection;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an API path that is not in its plain form (and one whose route part is not lower case). The gateway chooses the route and applies the
 * route permissions on the path as Vert.x normalises it, while the service receives the raw path and
 * may read it another way (matrix parameters, encoded slashes, dot segments, case, trailing dots).
 * No operation of the platform needs any of these, so rather than reason about how each reader
 * decodes them, a path that holds one is answered 400 before routing and permissions see it.
 */
@ApplicationScoped
public class CanonicalPath {

    /** Empty, '.' and '..' segments, ';' parameters, percent-encoding, backslashes, a segment ending in '.'. */
    private static final Pattern NOT_PLAIN = Pattern.compile("//|/\\.{1,2}(/|$)|;|%|\\\\|\\.(/|$)");

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.CANONICAL_PATH).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String raw = rawPath(context.request().uri());
        if (raw.startsWith("/api") && !isPlain(raw)) {
            GatewayProblem.nonCanonicalPath().send(context, 0);
            return;
        }
        context.next();
    }

    static boolean isPlain(String rawPath) {
        return !NOT_PLAIN.matcher(rawPath).find() && lowerCaseRoute(rawPath);
    }

    /**
     * The route part of an API path ({@code /api/<service>/v<n>/<resource>}) is lower case: the gateway's
     * route permissions compare it as written, so {@code /api/caseload/V1/FHIR} must not pass as another
     * route. Only what follows (FHIR's {@code Flag}, an id) may hold capitals.
     */
    private static boolean lowerCaseRoute(String rawPath) {
        String[] segments = rawPath.split("/", 6);
        for (int i = 1; i < Math.min(segments.length, 5); i++) {
            if (!segments[i].equals(segments[i].toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The path as sent, before any decoding or normalising: the request target up to its query. */
    static String rawPath(String uri) {
        int query = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        int end = query >= 0 ? query : fragment >= 0 ? fragment : uri.length();
        String path = uri.substring(0, end);
        if (path.startsWith("http://") || path.startsWith("https://")) {
            int slash = path.indexOf('/', path.indexOf("//") + 2);
            return slash < 0 ? "/" : path.substring(slash);
        }
        return path;
    }
}
