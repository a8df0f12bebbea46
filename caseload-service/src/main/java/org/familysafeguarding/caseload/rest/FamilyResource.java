package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.rest.dto.AdultRequest;
import org.familysafeguarding.caseload.rest.dto.AdultResponse;
import org.familysafeguarding.caseload.rest.dto.ChildRequest;
import org.familysafeguarding.caseload.rest.dto.ChildResponse;
import org.familysafeguarding.caseload.rest.dto.FamilyRequest;
import org.familysafeguarding.caseload.rest.dto.FamilyResponse;
import org.familysafeguarding.caseload.rest.dto.RecordedResponse;
import org.familysafeguarding.caseload.service.FamilyRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The council's families and the children and adults in them. Every access is audited. */
@Path("/api/caseload/v1/families")
@Tag(name = "Families")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyResource {

    static final String BASE = "/api/caseload/v1";

    private final FamilyRecords records;

    public FamilyResource(FamilyRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Open a family in the caller's council")
    public Response open(@Valid @NotNull FamilyRequest request) {
        Family family = records.open(request.name());
        return Response.created(URI.create(BASE + "/families/" + family.id()))
                .entity(FamilyResponse.summary(family))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "List or search the caller's council's families",
            description = "q matches the start of the name.")
    public PageResponse<FamilyResponse> search(
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageRequest paging) {
        var found = records.search(q, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(FamilyResponse::summary).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
    @Operation(
            summary = "Read a family with its children and adults",
            description =
                    "Practitioners see the family context of their adults instead (adults/{id}/family-context); here they get 404.")
    public FamilyResponse read(@PathParam("id") UUID id) {
        return FamilyResponse.of(records.read(id));
    }

    @POST
    @Path("/{id}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Record a child of the family", description = "Likely duplicates are flagged, not refused.")
    public Response recordChild(@PathParam("id") UUID id, @Valid @NotNull ChildRequest request) {
        FamilyRecords.Recorded<Child> recorded = records.recordChild(id, request.toDetails());
        return Response.created(
                        URI.create(BASE + "/children/" + recorded.record().id()))
                .entity(new RecordedResponse<>(ChildResponse.of(recorded.record()), recorded.possibleDuplicates()))
                .build();
    }

    @POST
    @Path("/{id}/adults")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Record an adult of the family", description = "Likely duplicates are flagged, not refused.")
    public Response recordAdult(@PathParam("id") UUID id, @Valid @NotNull AdultRequest request) {
        FamilyRecords.Recorded<Adult> recorded = records.recordAdult(id, request.toDetails());
        return Response.created(URI.create(BASE + "/adults/" + recorded.record().id()))
                .entity(new RecordedResponse<>(AdultResponse.of(recorded.record()), recorded.possibleDuplicates()))
                .build();
    }
}
