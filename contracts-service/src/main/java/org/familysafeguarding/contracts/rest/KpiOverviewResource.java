package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.domain.kpi.FinancialQuarter;
import org.familysafeguarding.contracts.rest.dto.PerformanceResponse;
import org.familysafeguarding.contracts.service.KpiDisclosure;
import org.familysafeguarding.contracts.service.KpiPerformance;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** One quarter's KPI results across the contracts you may see: your council's, or your agency's. */
@Path("/api/contracts/v1/kpis/performance")
@Tag(name = "Contract KPIs")
@Produces(MediaType.APPLICATION_JSON)
public class KpiOverviewResource {

    private final KpiPerformance performance;
    private final KpiDisclosure disclosure;

    public KpiOverviewResource(KpiPerformance performance, KpiDisclosure disclosure) {
        this.performance = performance;
        this.disclosure = disclosure;
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(
            summary = "Each contract's KPIs in a financial quarter",
            description = "Contracts with KPIs, in start order; quarter like 2025-26-Q1, default the current one.")
    public PageResponse<PerformanceResponse> overview(
            @QueryParam("quarter")
                    @Pattern(
                            regexp = FinancialQuarter.PATTERN,
                            message = "must be a financial quarter such as 2025-26-Q1")
                    String quarter,
            @BeanParam @Valid PageRequest paging) {
        FinancialQuarter asked = quarter == null ? null : FinancialQuarter.parse(quarter);
        boolean hidden = disclosure.smallCountsHidden();
        return PageResponse.of(
                performance.withKpisVisible(),
                paging.page(),
                paging.size(),
                c -> PerformanceResponse.of(c.id(), performance.of(c, asked), hidden));
    }
}
