package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.ANALYST;
import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
import org.familysafeguarding.caseload.rest.dto.BusinessCaseRequest;
import org.familysafeguarding.caseload.rest.dto.BusinessCaseResponse;
import org.familysafeguarding.caseload.rest.dto.OutcomeReportResponse;
import org.familysafeguarding.caseload.service.OutcomeReporting;

/** The council's outcome metrics (aggregates only) and the business case they are measured against. */
@Path("/api/caseload/v1/outcomes")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    private final OutcomeReporting reporting;

    public OutcomeResource(OutcomeReporting reporting) {
        this.reporting = reporting;
    }

    @GET
    @RolesAllowed({TEAM_MANAGER, PARTNERSHIP_ADMIN, ANALYST})
    @Operation(
            summary = "Outcome metrics of the caller's council for a period, before and after the model's adoption",
            description =
                    "Analysts: whole periods only (a calendar month, a quarter of the financial year or a financial year, once ended; else 422), "
                            + "counts of 1 to 5 children and figures resting on them suppressed, and secondary suppression so that no two answers can be subtracted to reveal one.")
    public OutcomeReportResponse report(
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return OutcomeReportResponse.of(reporting.report(from, to));
    }

    @GET
    @Path("/business-case")
    @RolesAllowed({TEAM_MANAGER, PARTNERSHIP_ADMIN, ANALYST})
    @Operation(
            summary =
                    "The council's business case: baseline, unit costs, investment and grant by year, scenarios with their position year by year, and the actual avoidance beside each year that has ended",
            description = "The ETag is the version to send back in If-Match.")
    public Response businessCase() {
        OutcomeReporting.BusinessCaseView view = reporting.businessCaseView();
        return Response.ok(BusinessCaseResponse.of(view))
                .tag(String.valueOf(view.businessCase().version()))
                .build();
    }

    @PUT
    @Path("/business-case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PARTNERSHIP_ADMIN)
    @Operation(summary = "Set the council's business case", description = "Changing one already set needs If-Match.")
    public Response setBusinessCase(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull BusinessCaseRequest request) {
        return answer(reporting.setBusinessCase(ifMatch, request.toTerms()));
    }

    private static Response answer(BusinessCase businessCase) {
        return Response.ok(BusinessCaseResponse.of(businessCase))
                .tag(String.valueOf(businessCase.version()))
                .build();
    }
}
