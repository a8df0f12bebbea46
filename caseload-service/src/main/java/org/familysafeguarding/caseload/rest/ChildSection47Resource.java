package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;
import org.familysafeguarding.caseload.rest.dto.Section47Response;
import org.familysafeguarding.caseload.rest.dto.StartSection47Request;
import org.familysafeguarding.caseload.service.Section47Records;

/** The section 47 enquiries of one of the council's children. */
@Path("/api/caseload/v1/children/{childId}/section47-enquiries")
@Tag(name = "Section 47 enquiries")
@Produces(MediaType.APPLICATION_JSON)
public class ChildSection47Resource {

    private final Section47Records records;

    public ChildSection47Resource(Section47Records records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Start a section 47 enquiry for a child", description = "Refused while another is open.")
    public Response start(@PathParam("childId") UUID childId, @Valid @NotNull StartSection47Request start) {
        Section47Enquiry enquiry = records.start(childId, start.referralId(), start.startDate());
        return Response.created(URI.create("/api/caseload/v1/section47-enquiries/" + enquiry.id()))
                .entity(Section47Response.of(enquiry))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A child's section 47 enquiries, earliest first")
    public List<Section47Response> ofChild(@PathParam("childId") UUID childId) {
        return records.ofChild(childId).stream().map(Section47Response::of).toList();
    }
}
