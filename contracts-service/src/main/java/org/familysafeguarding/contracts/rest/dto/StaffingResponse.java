package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.staffing.StaffingSpecification.RoleStaffing;
import org.familysafeguarding.contracts.service.Staffing;

@Schema(
        description =
                "Required FTE against FTE in post by role on a day; gap = required - in post (negative: more than asked).")
public record StaffingResponse(
        UUID contractId,
        String council,
        UUID agencyId,
        LocalDate on,

        @Schema(description = "False while no staffing has been specified")
        boolean specified,

        List<RoleView> roles,
        BigDecimal totalRequired,
        BigDecimal totalInPost,
        BigDecimal totalGap) {

    public record RoleView(String role, BigDecimal required, BigDecimal inPost, BigDecimal gap) {}

    public static StaffingResponse of(Staffing.Position p) {
        List<RoleStaffing> roles = p.roles();
        return new StaffingResponse(
                p.contract().id(),
                p.contract().councilCode(),
                p.contract().agencyId(),
                p.on(),
                p.version().isPresent(),
                roles.stream()
                        .map(r -> new RoleView(r.role(), r.required(), r.inPost(), r.gap()))
                        .toList(),
                sum(roles.stream().map(RoleStaffing::required).toList()),
                sum(roles.stream().map(RoleStaffing::inPost).toList()),
                sum(roles.stream().map(RoleStaffing::gap).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
