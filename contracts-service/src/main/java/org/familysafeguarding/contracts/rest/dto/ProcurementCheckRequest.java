package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.procurement.DirectAwardGround;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "A proposed procurement decision to check against the rules.")
public record ProcurementCheckRequest(
        @NotNull @Pattern(regexp = "[EWSN]\\d{8}", message = "must be an ONS GSS code such as E10000032")
        String council,

        @NotNull ServiceType serviceType,

        @Schema(description = "GBP excluding VAT, for the whole term with every extension")
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal estimatedLifetimeValue,

        @Schema(description = "GBP of VAT payable on that value; zero or absent for exempt services")
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal vat,

        @NotNull LocalDate decisionDate,
        @NotNull ProcurementRoute proposedRoute,
        @Schema(description = "Required for DIRECT_AWARD") DirectAwardGround ground,

        @Schema(description = "Required for CPR_WAIVER") @Size(max = 2000) @FreeText
        String waiverReason,

        @Schema(
                description =
                        "For PSR Direct Award C: lifetime value of the contract being replaced (GBP excluding VAT)")
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal existingLifetimeValue,

        @Schema(description = "For PSR Direct Award C: the new contract is materially different in character")
        Boolean materiallyDifferent,

        @Schema(
                description = "The day the procurement commenced (first notice, or first approach to the market): the "
                        + "regime and threshold follow it, not the decision date. Default: the decision date")
        LocalDate procurementCommencedOn,

        @Schema(
                description =
                        "PSR reg 6(3): the existing provider is the only one capable of providing the services due "
                                + "to their nature (Direct Award A is then mandatory)")
        Boolean onlyExistingProviderCapable,

        @Schema(
                description =
                        "PSR reg 6(4): patients choose their provider among all providers meeting the requirements "
                                + "(Direct Award B is then mandatory)")
        Boolean patientChoiceOfProviders,

        @Schema(
                description =
                        "For PSR_MODIFICATION: the change is provided for in clear, precise and unambiguous terms "
                                + "in the existing contract (reg 13), e.g. an optional additional services clause")
        Boolean providedForInContract) {

    public ProposedDecision toDecision() {
        return new ProposedDecision(
                council,
                serviceType,
                estimatedLifetimeValue,
                vat,
                decisionDate,
                proposedRoute,
                ground,
                waiverReason,
                existingLifetimeValue,
                Boolean.TRUE.equals(materiallyDifferent),
                procurementCommencedOn,
                onlyExistingProviderCapable,
                patientChoiceOfProviders,
                providedForInContract);
    }
}
