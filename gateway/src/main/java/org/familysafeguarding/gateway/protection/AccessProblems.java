package org.familysafeguarding.gateway.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own 401 and 403 (a missing or bad token, a route the caller's role may not use) as
 * RFC 9457 problem bodies, like every other answer of the platform. For a bad token or a refused
 * role Quarkus has already set the status and the {@code WWW-Authenticate} challenge when the failure
 * handler runs; only the body is added. A call to the API with no token at all is answered here,
 * before the permission check (which would end the answer with an empty body): every /api route
 * needs a token.
 */
@ApplicationScoped
public class AccessProblems {

    static final String CHALLENGE = "Bearer";

    void register(@Observes Router router) {
        router.route("/api/*").order(HandlerOrder.ANONYMOUS).handler(this::refuseAnonymous);
        router.route().failureHandler(this::handle);
    }

    void refuseAnonymous(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", CHALLENGE);
        unauthorized().send(context, 0);
    }

    void handle(RoutingContext context) {
        GatewayProblem problem = problemFor(context.failure());
        if (problem == null || context.response().ended()) {
            context.next();
            return;
        }
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        problem.send(context, 0);
    }

    static GatewayProblem problemFor(Throwable failure) {
        if (failure instanceof ForbiddenException) {
            return new GatewayProblem("forbidden", "Forbidden", 403, "The caller's role may not use this route.");
        }
        if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            return unauthorized();
        }
        return null;
    }

    private static GatewayProblem unauthorized() {
        return new GatewayProblem(
                "unauthorized",
                "Unauthorized",
                401,
                "A valid bearer token from the platform's identity provider is required.");
    }
}
