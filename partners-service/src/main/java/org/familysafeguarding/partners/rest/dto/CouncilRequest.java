package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.council.ChildPopulation;
import org.familysafeguarding.partners.domain.council.Council;
import org.familysafeguarding.partners.domain.council.DecisionThresholds;

/** A council's details, as registered or changed. */
@Schema(name = "CouncilDetails")
public record CouncilRequest(
        @NotBlank @Size(max = 200) String name,

        @NotNull @Pattern(regexp = "^[0-9]{3}$", message = "must be the DfE local authority number (3 digits)")
        String localAuthorityNumber,

        @Schema(description = "When the council adopted the Family Safeguarding model, for before/after comparisons")
        @PastOrPresent
        LocalDate modelAdoptedOn,

        @NotNull @Pattern(regexp = PHONE, message = "must be a UK telephone number")
        String inHoursPhone,

        @NotNull @Pattern(regexp = PHONE, message = "must be a UK telephone number")
        String outOfHoursPhone,

        @NotNull @Valid Thresholds decisionThresholds,
        @Size(max = 50) List<@NotNull @Valid Population> childPopulation) {

    static final String PHONE = "^(?:\\+44 ?|0)[0-9]{2,4}(?: ?[0-9]{3,4}){2}$";

    public record Thresholds(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal keyDecision,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal officerUpTo,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal cabinetMemberUpTo) {}

    public record Population(
            @Min(2000) @Max(2100) int year,
            @Min(0) @Max(3_000_000) int children) {}

    public Council.Details toDetails() {
        return new Council.Details(
                name,
                localAuthorityNumber,
                modelAdoptedOn,
                inHoursPhone,
                outOfHoursPhone,
                new DecisionThresholds(
                        decisionThresholds.keyDecision(),
                        decisionThresholds.officerUpTo(),
                        decisionThresholds.cabinetMemberUpTo()),
                childPopulation == null
                        ? List.of()
                        : childPopulation.stream()
                                .map(p -> new ChildPopulation(p.year(), p.children()))
                                .toList());
    }

    /** Registration adds the council's GSS code to the details. */
    @Schema(name = "RegisterCouncilRequest")
    public record Registration(
            @NotNull
            @Pattern(
                    regexp = org.familysafeguarding.partners.domain.council.GssCode.PATTERN,
                    message = "must be an ONS GSS code of a council with children's services (e.g. E10000032)")
            String code,

            @NotNull @Valid CouncilRequest details) {}
}
