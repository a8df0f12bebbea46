package org.familysafeguarding.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.familysafeguarding.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every 401 and 403 a service gives is an RFC 9457 problem body, wherever it is decided: a call to
 * /api with no token (answered before the HTTP permission check, which would end with an empty body),
 * a bad token (Quarkus has set the status and the challenge when the failure handler runs), a role
 * refused by {@code @RolesAllowed} (a Quarkus REST exception mapper). A denial decided by the
 * domain is a {@link org.familysafeguarding.platform.problem.DomainProblem} and is mapped with it.
 */
@ApplicationScoped
public class AccessProblems {

    static final String CHALLENGE = "Bearer";
    /** After authentication (-200), before the HTTP permissions (-100). */
    static final int ANONYMOUS_ORDER = -140;

    void register(@Observes Router router) {
        router.route("/api/*").order(ANONYMOUS_ORDER).handler(this::refuseAnonymous);
        router.route().failureHandler(this::onFailure);
    }

    void refuseAnonymous(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", CHALLENGE);
        send(context, unauthorized());
    }

    void onFailure(RoutingContext context) {
        Problem problem = problemFor(context.failure());
        if (problem == null || context.response().ended()) {
            context.next();
        } else if (context.response().headWritten()) {
            context.response().end();
        } else {
            send(context, problem);
        }
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return forbidden().at(java.net.URI.create(uri.getPath())).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(
                        unauthorized().at(java.net.URI.create(uri.getPath())).toResponse())
                .header("WWW-Authenticate", CHALLENGE)
                .build();
    }

    static Problem problemFor(Throwable failure) {
        if (failure instanceof ForbiddenException) {
            return forbidden();
        }
        if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            return unauthorized();
        }
        return null;
    }

    private static Problem forbidden() {
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", "The caller's role may not do this.");
    }

    private static Problem unauthorized() {
        return Problem.of(
                Response.Status.UNAUTHORIZED,
                "unauthorized",
                "A valid bearer token from the platform's identity provider is required.");
    }

    private static void send(RoutingContext context, Problem problem) {
        JsonObject body = new JsonObject()
                .put("type", problem.type().toString())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", context.request().path());
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body.toBuffer());
    }
}
