package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "A bid: a provider manager bids for their own agency; a commissioner names the agency.")
public record BidRequest(
        @Schema(description = "The bidding agency; required when a commissioner records the bid")
        UUID agencyId,

        @Schema(description = "Total bid price in GBP for the initial term")
        @NotNull
        @Positive
        @Digits(integer = 12, fraction = 2)
        BigDecimal price,

        @Size(max = 4000) @FreeText String summary) {}
