package org.familysafeguarding.dashboard.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * The public API operations the dashboard reads, called through the gateway with the signed-in
 * user's access token. Answers are read as JSON trees: the dashboard takes only the fields it shows
 * and tolerates the rest, so a service adding a field never breaks a page.
 * A 4xx is the API's word about this user (not a fault): it neither retries nor opens the breaker.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Timeout(value = 8, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 100, abortOn = ApiRefusal.class)
@CircuitBreaker(
        requestVolumeThreshold = 10,
        failureRatio = 0.5,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS,
        skipOn = ApiRefusal.class)
public interface GatewayApi {

    // ---------------------------------------------------------------- contracts-service

    @GET
    @Path("/api/contracts/v1/contracts")
    JsonNode contracts(@QueryParam("state") String state, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/contracts/v1/alerts")
    JsonNode alerts(@QueryParam("within") int withinDays, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/contracts/v1/kpis/performance")
    JsonNode kpiPerformance(
            @QueryParam("quarter") String quarter, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/contracts/v1/contracts/{id}/risks")
    JsonNode contractRisks(
            @PathParam("id") UUID contractId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/contracts/v1/contracts/{id}/staffing")
    JsonNode staffing(@PathParam("id") UUID contractId);

    @POST
    @Path("/api/contracts/v1/procurement-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    JsonNode checkProcurement(JsonNode proposal);

    // ---------------------------------------------------------------- partners-service

    @GET
    @Path("/api/partners/v1/agencies")
    JsonNode agencies(@QueryParam("q") String query, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/partners/v1/agencies/{id}/accreditations")
    JsonNode accreditations(@PathParam("id") UUID agencyId);

    @GET
    @Path("/api/partners/v1/agreements")
    JsonNode agreements(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/partners/v1/teams")
    JsonNode teams(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/partners/v1/teams/{id}/fidelity")
    JsonNode fidelity(@PathParam("id") UUID teamId);

    // ---------------------------------------------------------------- caseload-service

    @GET
    @Path("/api/caseload/v1/families")
    JsonNode families(@QueryParam("q") String query, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/caseload/v1/families/{id}/allocations")
    JsonNode familyAllocations(@PathParam("id") UUID familyId);

    @GET
    @Path("/api/caseload/v1/group-supervisions/actions/overdue")
    JsonNode overdueActions(
            @QueryParam("teamId") UUID teamId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/caseload/v1/group-supervisions")
    JsonNode groupSupervisions(
            @QueryParam("teamId") UUID teamId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/caseload/v1/outcomes")
    JsonNode outcomes(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/api/caseload/v1/outcomes/business-case")
    JsonNode businessCase();

    @GET
    @Path("/api/caseload/v1/family-star/cohort")
    JsonNode familyStarCohort(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/api/caseload/v1/audit/children/{childId}")
    JsonNode childAccess(
            @PathParam("childId") UUID childId, @QueryParam("page") int page, @QueryParam("size") int size);

    // ---------------------------------------------------------------- every service: its audit log's verification

    @GET
    @Path("/api/{service}/v1/audit/verification")
    JsonNode auditVerification(@PathParam("service") String service);
}
