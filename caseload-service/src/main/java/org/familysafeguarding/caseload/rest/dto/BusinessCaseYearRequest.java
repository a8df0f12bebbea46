package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A year of the case: the council's investment and the grant it receives. */
public record BusinessCaseYearRequest(
        @NotNull @Min(1) @Max(10) Integer year,

        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        BigDecimal investment,

        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        BigDecimal grant) {}
