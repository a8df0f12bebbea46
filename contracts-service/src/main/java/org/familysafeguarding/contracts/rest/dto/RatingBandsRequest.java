package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.kpi.RatingBands;

@Schema(
        description = "Where the ratings start, in percent of target: met from 100, slightly below from "
                + "slightlyBelowFrom, below from belowFrom, significantly below under it.")
public record RatingBandsRequest(
        @NotNull @DecimalMin("0") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
        BigDecimal slightlyBelowFrom,

        @NotNull @DecimalMin("0") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
        BigDecimal belowFrom) {

    public RatingBands toBands() {
        return new RatingBands(slightlyBelowFrom, belowFrom);
    }
}
