package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scenario of cost avoidance as the report gives it. */
public record BusinessCaseScenarioRequest(
        @NotBlank @Size(max = 40) String name,

        @Schema(description = "Yearly cost avoidance the report states, year 1 first; null for a year it states none")
        @NotNull
        @Size(max = 10)
        List<@DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal> yearly,

        @Schema(description = "The total the report states over all the years; null when it states none")
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal statedTotal) {}
