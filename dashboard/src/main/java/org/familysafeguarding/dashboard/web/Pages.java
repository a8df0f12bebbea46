package org.familysafeguarding.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.familysafeguarding.dashboard.view.Csv;
import org.familysafeguarding.dashboard.view.Page;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a page request: the HTML page, one of its tables as CSV (?csv=table-id), or a problem page
 * when the API gave the user nothing on it at all.
 */
@RequestScoped
public class Pages {

    private final Template page;
    private final Template problem;
    private final SecurityIdentity identity;
    private final JsonWebToken idToken;
    private final HttpServerRequest request;

    /** In the code flow the injected JsonWebToken is the user's ID token. */
    public Pages(
            @Location("page.html") Template page,
            @Location("problem.html") Template problem,
            SecurityIdentity identity,
            JsonWebToken idToken,
            HttpServerRequest request) {
        this.request = request;
        this.page = page;
        this.problem = problem;
        this.identity = identity;
        this.idToken = idToken;
    }

    public Viewer viewer() {
        Set<String> roles = identity.getRoles();
        return new Viewer(claim("preferred_username"), claim("council"), claim("agency"), roles);
    }

    public Response answer(Page built, String csvTable) {
        if (csvTable != null && !csvTable.isBlank()) {
            return built.table(csvTable)
                    .map(table -> Response.ok(Csv.of(table), "text/csv; charset=UTF-8")
                            .header("Content-Disposition", "attachment; filename=\"" + table.id() + ".csv\"")
                            .header("Cache-Control", "no-store")
                            .build())
                    .orElseGet(() -> problem(404, "Page not found", "This page has no table called " + csvTable + "."));
        }
        if (built.allForbidden()) {
            return problem(
                    403,
                    "You cannot see this page",
                    "Your role does not give access to any of the figures on this page. The pages your role opens are listed above.");
        }
        if (built.nothingAnswered()) {
            return problem(
                    503,
                    "Sorry, the figures are unavailable",
                    "No part of the platform behind this page answered. Try again in a few minutes.");
        }
        return html(
                200,
                page.data("page", built)
                        .data("viewer", viewer())
                        .data("pageQuery", query(Set.of("page", "csv")))
                        .data("csvQuery", query(Set.of("csv")))
                        .render());
    }

    public Response problem(int status, String title, String detail) {
        return html(
                status,
                problem.data("status", status)
                        .data("title", title)
                        .data("detail", detail)
                        .data("viewer", identity.isAnonymous() ? null : viewer())
                        .render());
    }

    public Response html(int status, String body) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The current query without the named parameters, ready for more: "state=LIVE&" (or ""). */
    private String query(Set<String> without) {
        StringBuilder out = new StringBuilder();
        request.params().forEach((name, value) -> {
            if (!without.contains(name)) {
                out.append(encode(name)).append('=').append(encode(value)).append('&');
            }
        });
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String claim(String name) {
        Object value = idToken == null ? null : idToken.getClaim(name);
        return value == null ? null : value.toString();
    }
}
