package org.familysafeguarding.contracts.domain.tender;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A bid's place after moderation: whether it passed every mandatory criterion, its quality and
 * price points and their total out of 100; rank 1 is the best. A bid failing a mandatory criterion
 * has no points and no rank.
 */
public record RankedBid(
        UUID bidId,
        UUID agencyId,
        BigDecimal price,
        boolean passedMandatory,
        BigDecimal qualityPoints,
        BigDecimal pricePoints,
        BigDecimal totalPoints,
        Integer rank) {}
