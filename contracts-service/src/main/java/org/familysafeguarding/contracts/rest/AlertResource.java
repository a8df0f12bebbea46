package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.domain.alert.ContractDeadline;
import org.familysafeguarding.contracts.rest.dto.AlertResponse;
import org.familysafeguarding.contracts.service.ContractAlerts;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** Your council's contracts whose extension decision is due, or which end, soon. */
@Path("/api/contracts/v1/alerts")
@Tag(name = "Contract alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final ContractAlerts alerts;

    public AlertResource(ContractAlerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST})
    @Operation(
            summary = "Extension decisions due and ends within 180, 90 or 30 days, soonest first",
            description = "Awarded, mobilising and live contracts of your council; within = 180 (default), 90 or 30.")
    public PageResponse<AlertResponse> list(
            @QueryParam("within") @DefaultValue("180") @Min(0) @Max(180) int within,
            @BeanParam @Valid PageRequest paging) {
        List<ContractDeadline> due = alerts.dueWithin(within);
        List<AlertResponse> items = due.stream()
                .skip((long) paging.page() * paging.size())
                .limit(paging.size())
                .map(AlertResponse::of)
                .toList();
        return new PageResponse<>(items, paging.page(), paging.size(), due.size());
    }
}
