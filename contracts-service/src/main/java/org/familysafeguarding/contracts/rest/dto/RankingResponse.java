package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.RankedBid;

/**
 * The bids by moderated total, best first; bids that failed a mandatory criterion last, unranked.
 * {@code awardable}: passed every mandatory criterion and accredited by the council today.
 */
public record RankingResponse(String formula, List<Item> bids) {

    public record Item(
            Integer rank,
            UUID bidId,
            UUID agencyId,
            BigDecimal price,
            boolean passedMandatory,
            BigDecimal qualityPoints,
            BigDecimal pricePoints,
            BigDecimal totalPoints,
            boolean accredited,
            boolean awardable) {}

    public static final String FORMULA = "quality points = moderated score / maximum score x weight, per quality "
            + "criterion; price points = lowest price of the bids passing every mandatory criterion / bid price x "
            + "price weight; each rounded half up to 2 decimals; total = quality + price out of 100; ties by lower price";

    public static RankingResponse of(List<RankedBid> bids, Set<UUID> accreditedAgencies) {
        return new RankingResponse(
                FORMULA,
                bids.stream()
                        .map(b -> {
                            boolean accredited = accreditedAgencies.contains(b.agencyId());
                            return new Item(
                                    b.rank(),
                                    b.bidId(),
                                    b.agencyId(),
                                    b.price(),
                                    b.passedMandatory(),
                                    b.qualityPoints(),
                                    b.pricePoints(),
                                    b.totalPoints(),
                                    accredited,
                                    accredited && b.passedMandatory());
                        })
                        .toList());
    }
}
