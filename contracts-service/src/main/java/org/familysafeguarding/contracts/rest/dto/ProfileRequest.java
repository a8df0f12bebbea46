package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.contract.YearPlan;

@Schema(description = "The value of each financial year of the initial term, with its funding sources if known.")
public record ProfileRequest(@NotEmpty @Size(max = 30) List<@NotNull @Valid Year> years) {

    public record Year(
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a financial year such as 2024-25")
            String financialYear,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @Schema(description = "Sources that must add up to the year's amount, e.g. DfE grant, base budget")
            @Size(max = 20)
            List<@NotNull @Valid Funding> funding) {}

    public record Funding(
            @NotBlank @Size(max = 100) String source,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal amount) {}

    public List<YearPlan> toPlan() {
        return years.stream()
                .map(y -> new YearPlan(
                        y.financialYear(),
                        y.amount(),
                        y.funding() == null
                                ? List.of()
                                : y.funding().stream()
                                        .map(f -> new YearPlan.Funding(f.source(), f.amount()))
                                        .toList()))
                .toList();
    }
}
