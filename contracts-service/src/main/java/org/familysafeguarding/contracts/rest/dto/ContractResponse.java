package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.contract.CommissionedService;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.EndReason;
import org.familysafeguarding.contracts.domain.contract.Term;
import org.familysafeguarding.contracts.domain.contract.VatBasis;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;

@Schema(description = "A contract in the register. The ETag is the version to send back in If-Match.")
public record ContractResponse(
        UUID id,
        String council,
        UUID agencyId,
        ServiceType serviceType,

        @Schema(description = "The partner service types bought")
        List<CommissionedService> services,

        String title,
        String description,
        ContractState state,
        EndReason endReason,
        TermView term,
        MoneyView money,
        LocalDate awardedOn,
        LocalDate mobilisationStartedOn,
        LocalDate liveOn,
        LocalDate endedOn,
        UUID procurementCheckId,

        @Schema(description = "Awarded although its procurement check refused the route (at risk of challenge)")
        boolean awardedAtRisk,

        long version) {

    public record TermView(
            LocalDate start,
            LocalDate initialEnd,
            List<Integer> extensionOptionMonths,
            LocalDate latestPossibleEnd,
            LocalDate extensionDecisionBy,
            int mobilisationDays,

            @Schema(description = "The end after extensions and variations")
            LocalDate currentEnd,

            int extensionsTaken) {}

    public record MoneyView(
            BigDecimal annualValue,
            VatBasis vatBasis,
            List<YearView> profile,

            @Schema(description = "Sum of the profile: the initial term")
            BigDecimal lifetimeValue,

            @Schema(description = "Lifetime value plus every extension option at the annual value, and variations")
            BigDecimal maximumValue,

            @Schema(description = "Lifetime value plus extensions taken and variations")
            BigDecimal currentValue) {}

    public record YearView(String financialYear, BigDecimal amount, List<FundingView> funding) {}

    public record FundingView(String source, BigDecimal amount) {}

    public static ContractResponse of(Contract c) {
        Term t = c.term();
        List<YearView> profile = c.profile().stream()
                .map(y -> new YearView(
                        y.financialYear(),
                        y.amount(),
                        c.funding().stream()
                                .filter(f -> f.financialYear().equals(y.financialYear()))
                                .map(f -> new FundingView(f.source(), f.amount()))
                                .toList()))
                .toList();
        return new ContractResponse(
                c.id(),
                c.councilCode(),
                c.agencyId(),
                c.serviceType(),
                c.services(),
                c.title(),
                c.description(),
                c.state(),
                c.endReason(),
                new TermView(
                        t.start(),
                        t.initialEnd(),
                        t.extensionOptionMonths(),
                        t.latestPossibleEnd(),
                        t.extensionDecisionBy(),
                        t.mobilisationDays(),
                        c.currentEndDate(),
                        c.extensionsTaken()),
                new MoneyView(
                        c.annualValue(), c.vatBasis(), profile, c.lifetimeValue(), c.maximumValue(), c.currentValue()),
                c.awardedOn(),
                c.mobilisationStartedOn(),
                c.liveOn(),
                c.endedOn(),
                c.procurementCheckId(),
                c.awardedAtRisk(),
                c.version());
    }
}
