package org.familysafeguarding.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The content security policy for every answer: scripts, styles, fonts and images only from the
 * dashboard itself (GOV.UK Frontend and ECharts are served from their jars), no inline script, no
 * framing; forms post only to the dashboard, whose logout redirects to Keycloak. GOV.UK Frontend's
 * stylesheet asks for its images under /assets, served here from the WebJar.
 */
@ApplicationScoped
public class BrowserHeaders {

    static final String GOVUK_ASSETS = "/webjars/govuk-frontend/5.7.1/dist/govuk/assets/";

    private final String contentSecurityPolicy;

    public BrowserHeaders(@ConfigProperty(name = "dashboard.keycloak-origin") String keycloakOrigin) {
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; form-action 'self' " + keycloakOrigin + "; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    void register(@Observes Router router) {
        router.route().order(-100).handler(this::headers);
        router.route("/assets/*")
                .order(-90)
                .handler(context ->
                        context.reroute(GOVUK_ASSETS + context.normalizedPath().substring("/assets/".length())));
    }

    private void headers(RoutingContext context) {
        context.addHeadersEndHandler(
                v -> context.response().headers().set("Content-Security-Policy", contentSecurityPolicy));
        context.next();
    }
}
