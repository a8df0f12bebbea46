package org.familysafeguarding.dashboard.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.familysafeguarding.dashboard.web.Pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The overview after sign-in, and the page logout ends on. */
@Path("/")
public class HomePage {

    private final Pages pages;
    private final Template home;
    private final Template signedOut;

    public HomePage(
            Pages pages, @Location("home.html") Template home, @Location("signed-out.html") Template signedOut) {
        this.pages = pages;
        this.home = home;
        this.signedOut = signedOut;
    }

    @GET
    public Response overview() {
        return pages.html(200, home.data("viewer", pages.viewer()).render());
    }

    @GET
    @Path("signed-out")
    public Response signedOut() {
        return pages.html(200, signedOut.data("viewer", null).render());
    }
}
