package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.PlanRequest;
import org.familysafeguarding.caseload.rest.dto.PlanResponse;
import org.familysafeguarding.caseload.service.PlanRecords;

/** Plans and episodes of the council's children. */
@Path("/api/caseload/v1/plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanRecords records;

    public PlanResource(PlanRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Read a plan or episode")
    public PlanResponse read(@PathParam("id") UUID id) {
        return PlanResponse.of(records.read(id));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "End a plan or episode on its end date",
            description =
                    "A looked-after episode ends with its SSDA903 reason episode ceased; other plans carry no reason (the case's CIN reason for closure goes on its episode: POST /referrals/{id}/closure).")
    public PlanResponse close(@PathParam("id") UUID id, @Valid @NotNull PlanRequest.Closure closure) {
        return PlanResponse.of(records.close(id, closure.endDate(), closure.reason()));
    }

    @POST
    @Path("/{id}/legal-status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Change a looked-after child's legal status from a day",
            description =
                    "The same episode and period of care goes on: a change of legal status is not a new entry to care.")
    public PlanResponse changeLegalStatus(
            @PathParam("id") UUID id, @Valid @NotNull PlanRequest.LegalStatusChange change) {
        return PlanResponse.of(records.changeLegalStatus(id, change.legalStatus(), change.from()));
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Record a child protection plan's review conference (the census's CPPreviewDate)")
    public PlanResponse review(@PathParam("id") UUID id, @Valid @NotNull PlanRequest.Review review) {
        return PlanResponse.of(records.review(id, review.reviewDate()));
    }

    @PUT
    @Path("/{id}/category")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Change a child protection plan's latest category of abuse")
    public PlanResponse recategorise(@PathParam("id") UUID id, @Valid @NotNull PlanRequest.Category category) {
        return PlanResponse.of(records.recategorise(id, category.latestCategory()));
    }
}
