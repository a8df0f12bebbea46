package org.familysafeguarding.contracts.domain.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks the bids by their moderated marks.
 * <ul>
 * <li>A bid that fails any mandatory criterion is excluded: no points, no rank.</li>
 * <li>Quality points of a criterion = moderated score / maximum score x weight.</li>
 * <li>Price points = lowest price among the bids not excluded / the bid's price x price weight
 * (the lowest qualifying price earns the full weight).</li>
 * <li>Quality and price points are each rounded half up to 2 decimals; the total is their sum.
 * Ties are ranked by the lower price, then the earlier bid.</li>
 * </ul>
 */
public final class TenderRanking {

    /** A bid as the ranking needs it. */
    public record Bid(UUID id, UUID agencyId, BigDecimal price) {}

    private TenderRanking() {}

    /**
     * @param bids in the order they were received
     * @param moderated each bid's moderated mark per criterion id
     * @throws TenderRuleViolated when a bid lacks a moderated mark for a criterion evaluators mark
     */
    public static List<RankedBid> rank(List<Criterion> criteria, List<Bid> bids, Map<UUID, Map<UUID, Mark>> moderated) {
        List<Criterion> marked =
                criteria.stream().filter(Criterion::scoredByEvaluators).toList();
        long missing = bids.stream()
                .mapToLong(b -> marked.stream()
                        .filter(c -> !moderated.getOrDefault(b.id(), Map.of()).containsKey(c.id()))
                        .count())
                .sum();
        if (missing > 0) {
            throw new TenderRuleViolated(
                    "moderation-incomplete",
                    missing + " moderated mark(s) of bid and criterion "
                            + "are still to be recorded before the bids can be ranked.");
        }
        BigDecimal lowest = bids.stream()
                .filter(b -> passedMandatory(b, marked, moderated))
                .map(Bid::price)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Integer priceWeight = criteria.stream()
                .filter(c -> c.kind() == CriterionKind.PRICE)
                .map(Criterion::weight)
                .findFirst()
                .orElse(0);
        List<RankedBid> qualified = new ArrayList<>();
        List<RankedBid> excluded = new ArrayList<>();
        for (Bid bid : bids) {
            if (!passedMandatory(bid, marked, moderated)) {
                excluded.add(new RankedBid(bid.id(), bid.agencyId(), bid.price(), false, null, null, null, null));
                continue;
            }
            BigDecimal quality = BigDecimal.ZERO;
            for (Criterion c : marked) {
                if (c.kind() == CriterionKind.QUALITY) {
                    quality = quality.add(BigDecimal.valueOf(
                                    moderated.get(bid.id()).get(c.id()).score())
                            .multiply(BigDecimal.valueOf(c.weight()))
                            .divide(BigDecimal.valueOf(c.maxScore()), 10, RoundingMode.HALF_UP));
                }
            }
            quality = quality.setScale(2, RoundingMode.HALF_UP);
            BigDecimal price =
                    lowest.multiply(BigDecimal.valueOf(priceWeight)).divide(bid.price(), 2, RoundingMode.HALF_UP);
            qualified.add(new RankedBid(
                    bid.id(), bid.agencyId(), bid.price(), true, quality, price, quality.add(price), null));
        }
        List<RankedBid> ranked = new ArrayList<>();
        qualified.stream()
                .sorted(Comparator.comparing(RankedBid::totalPoints).reversed().thenComparing(RankedBid::price))
                .forEach(r -> ranked.add(new RankedBid(
                        r.bidId(),
                        r.agencyId(),
                        r.price(),
                        true,
                        r.qualityPoints(),
                        r.pricePoints(),
                        r.totalPoints(),
                        ranked.size() + 1)));
        ranked.addAll(excluded);
        return ranked;
    }

    static boolean passedMandatory(Bid bid, List<Criterion> marked, Map<UUID, Map<UUID, Mark>> moderated) {
        return marked.stream()
                .filter(c -> c.kind() == CriterionKind.MANDATORY)
                .allMatch(c ->
                        Boolean.TRUE.equals(moderated.get(bid.id()).get(c.id()).passed()));
    }
}
