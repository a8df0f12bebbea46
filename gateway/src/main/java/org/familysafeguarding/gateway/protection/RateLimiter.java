package org.familysafeguarding.gateway.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.familysafeguarding.gateway.config.GatewayConfig;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate limits {@code /api/*} per caller, answering 429 with Retry-After once a caller's bucket is
 * empty. A caller is the token's client ({@code azp}); for the public browser client it is the
 * user as well, since every browser shares that client; a request without a token is counted by
 * its remote address. Runs after the token is checked, so a forged token cannot pose as someone
 * else's client; a request whose token fails the check is answered 401 before it counts.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final CallerBuckets buckets;

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
        this.buckets = new CallerBuckets(this.config);
    }

    void register(@Observes Router router, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        router.route("/api/*").order(HandlerOrder.RATE_LIMIT).handler(this::handle);
        vertx.setPeriodic(60_000, id -> buckets.forgetIdle());
    }

    void handle(RoutingContext context) {
        long waitNanos = buckets.take(caller(context));
        if (waitNanos > 0) {
            GatewayProblem.tooManyRequests(GatewayProblem.seconds(waitNanos))
                    .send(context, GatewayProblem.seconds(waitNanos));
            return;
        }
        context.next();
    }

    String caller(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            String client = text(token.getClaim("azp"));
            String subject = token.getSubject();
            if (client == null) {
                return "user:" + subject;
            }
            return sharedByUsers(client) ? "client:" + client + " user:" + subject : "client:" + client;
        }
        return "address:" + context.request().remoteAddress().hostAddress();
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }

    /** The public clients every person signs in through (comma-separated in the setting): counted per user. */
    private boolean sharedByUsers(String client) {
        for (String shared : config.browserClientId().split(",")) {
            if (shared.strip().equals(client)) {
                return true;
            }
        }
        return false;
    }
}
