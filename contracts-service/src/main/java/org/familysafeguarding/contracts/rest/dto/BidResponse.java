package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.TenderBid;

public record BidResponse(
        UUID id,
        UUID contractId,
        UUID agencyId,
        BigDecimal price,
        String summary,
        TenderBid.SubmittedAs submittedAs,
        String submittedBy,
        Instant submittedAt,
        long version) {

    public static BidResponse of(TenderBid b) {
        return new BidResponse(
                b.id(),
                b.contractId(),
                b.agencyId(),
                b.price(),
                b.summary(),
                b.submittedAs(),
                b.submittedBy(),
                b.submittedAt(),
                b.version());
    }
}
