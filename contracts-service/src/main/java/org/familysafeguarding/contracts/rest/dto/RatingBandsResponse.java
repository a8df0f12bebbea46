package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.service.KpiRegister;

@Schema(description = "The rating bands in force and where they come from: CONTRACT, COUNCIL or DEFAULT.")
public record RatingBandsResponse(
        BigDecimal metFrom, BigDecimal slightlyBelowFrom, BigDecimal belowFrom, KpiRegister.BandsSource source) {

    public static RatingBandsResponse of(KpiRegister.Bands b) {
        return new RatingBandsResponse(
                BigDecimal.valueOf(100),
                b.bands().slightlyBelowFrom(),
                b.bands().belowFrom(),
                b.source());
    }
}
