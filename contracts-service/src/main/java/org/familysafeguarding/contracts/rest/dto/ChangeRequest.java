package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.contract.ChangeKind;
import org.familysafeguarding.contracts.domain.contract.ContractChange;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "An extension (months of the next option) or a variation (value, end or scope, with a reason).")
public record ChangeRequest(
        @NotNull ChangeKind kind,

        @Schema(description = "For an extension: up to the next remaining option") @Min(1) @Max(120)
        Integer extensionMonths,

        @Schema(description = "For a variation: GBP change of value, negative for a reduction")
        @Digits(integer = 12, fraction = 2)
        BigDecimal valueChange,

        @Schema(description = "For a variation: the new end of the term")
        LocalDate newEnd,

        @Size(max = 2000) @FreeText String scopeChange,
        @Size(max = 2000) @FreeText String reason,
        @NotNull LocalDate effectiveOn,
        @NotBlank @Size(max = 200) String decisionMaker,
        @NotNull DecisionLevel decisionLevel,
        @Size(max = 200) String decisionReportRef) {

    public ContractChange toChange() {
        return new ContractChange(
                kind,
                extensionMonths,
                valueChange,
                newEnd,
                scopeChange,
                reason,
                effectiveOn,
                decisionMaker.strip(),
                decisionLevel,
                decisionReportRef);
    }
}
