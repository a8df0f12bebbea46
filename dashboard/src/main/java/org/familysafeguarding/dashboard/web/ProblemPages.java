package org.familysafeguarding.dashboard.web;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/** Problem pages in the dashboard's own layout: they say what failed, never how (no stack traces). */
public class ProblemPages {

    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    private final Pages pages;

    public ProblemPages(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException missing) {
        return pages.problem(404, "Page not found", "If you typed the web address, check it is correct.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return pages.problem(403, "You cannot see this page", "Your role does not open this page.");
    }

    @ServerExceptionMapper
    public Response badRequest(WebApplicationException invalid) {
        int status = invalid.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(invalid);
        }
        return pages.problem(
                status, "There is a problem with the request", "Check the address or the form and try again.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "page failed, reference %s", reference);
        return pages.problem(
                500,
                "Sorry, there is a problem with the dashboard",
                "Try again later. If it keeps happening, quote reference " + reference + ".");
    }
}
