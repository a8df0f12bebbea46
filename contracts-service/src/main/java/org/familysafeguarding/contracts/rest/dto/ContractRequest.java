package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.contract.CommissionedService;
import org.familysafeguarding.contracts.domain.contract.ContractDetails;
import org.familysafeguarding.contracts.domain.contract.Term;
import org.familysafeguarding.contracts.domain.contract.VatBasis;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "A contract as the commissioner writes it in the register.")
public record ContractRequest(
        @NotNull @Pattern(regexp = "[EWSN]\\d{8}", message = "must be an ONS GSS code such as E10000032")
        String council,

        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) @FreeText String description,
        @NotNull ServiceType serviceType,

        @Schema(description = "The provider, when known before award; a partner agency known here")
        UUID agencyId,

        @NotNull @Valid TermRequest term,

        @Schema(description = "GBP per year of the initial term")
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal annualValue,

        @NotNull VatBasis vatBasis,

        @Schema(description = "The partner service types bought (partners-service ServiceType codes), at least one")
        @NotEmpty
        @Size(max = 7)
        List<@NotNull CommissionedService> services) {

    public record TermRequest(
            @NotNull LocalDate start,
            @NotNull LocalDate initialEnd,

            @Schema(description = "Months of each extension option, in order: \"2 + 2\" years is [24, 24]")
            @Size(max = 10)
            List<@NotNull @Min(1) @Max(120) Integer> extensionOptionMonths,

            @Schema(description = "The date by which an extension must be decided")
            LocalDate extensionDecisionBy,

            @Schema(description = "Mobilisation period in days, e.g. 87 including TUPE") @NotNull @Min(0) @Max(730)
            Integer mobilisationDays) {}

    public ContractDetails toDetails() {
        return new ContractDetails(
                title,
                description,
                serviceType,
                agencyId,
                new Term(
                        term.start(),
                        term.initialEnd(),
                        term.extensionOptionMonths(),
                        term.extensionDecisionBy(),
                        term.mobilisationDays()),
                annualValue,
                vatBasis,
                EnumSet.copyOf(services));
    }
}
