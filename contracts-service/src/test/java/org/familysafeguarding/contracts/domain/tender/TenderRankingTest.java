package org.familysafeguarding.contracts.domain.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TenderRankingTest {

    static final Criterion POLICY =
            new Criterion(UUID.randomUUID(), 1, CriterionKind.MANDATORY, "Policy", null, null, null);
    static final Criterion MODEL = new Criterion(UUID.randomUUID(), 2, CriterionKind.QUALITY, "Model", null, 60, 10);
    static final Criterion PRICE = new Criterion(UUID.randomUUID(), 3, CriterionKind.PRICE, "Price", null, 40, null);
    static final List<Criterion> CRITERIA = List.of(POLICY, MODEL, PRICE);

    static TenderRanking.Bid bid(String price) {
        return new TenderRanking.Bid(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal(price));
    }

    static Map<UUID, Mark> marks(boolean passed, int model) {
        return Map.of(
                POLICY.id(),
                new Mark(POLICY.id(), passed, null, "r"),
                MODEL.id(),
                new Mark(MODEL.id(), null, model, "r"));
    }

    @Test
    void price_points_are_the_lowest_qualifying_price_over_the_bid_price_times_the_weight() {
        var cheap = bid("300000.00");
        var dear = bid("400000.00");
        var ranking = TenderRanking.rank(
                CRITERIA, List.of(dear, cheap), Map.of(cheap.id(), marks(true, 5), dear.id(), marks(true, 9)));
        assertThat(ranking).extracting(RankedBid::bidId).containsExactly(dear.id(), cheap.id());
        assertThat(ranking.get(0).qualityPoints()).isEqualByComparingTo("54.00");
        assertThat(ranking.get(0).pricePoints()).isEqualByComparingTo("30.00");
        assertThat(ranking.get(0).totalPoints()).isEqualByComparingTo("84.00");
        assertThat(ranking.get(1).pricePoints()).isEqualByComparingTo("40.00");
        assertThat(ranking.get(1).totalPoints()).isEqualByComparingTo("70.00");
        assertThat(ranking).extracting(RankedBid::rank).containsExactly(1, 2);
    }

    @Test
    void a_bid_failing_a_mandatory_criterion_is_unranked_and_does_not_set_the_lowest_price() {
        var failing = bid("100000.00");
        var passing = bid("200000.00");
        var ranking = TenderRanking.rank(
                CRITERIA,
                List.of(failing, passing),
                Map.of(failing.id(), marks(false, 10), passing.id(), marks(true, 5)));
        assertThat(ranking.get(0).bidId()).isEqualTo(passing.id());
        assertThat(ranking.get(0).pricePoints()).isEqualByComparingTo("40.00");
        assertThat(ranking.get(1).passedMandatory()).isFalse();
        assertThat(ranking.get(1).rank()).isNull();
        assertThat(ranking.get(1).totalPoints()).isNull();
    }

    @Test
    void equal_totals_rank_the_lower_price_first_and_points_round_half_up() {
        var third = new Criterion(UUID.randomUUID(), 2, CriterionKind.QUALITY, "Model", null, 100, 3);
        var a = bid("1.00");
        var b = bid("1.00");
        var ranking = TenderRanking.rank(
                List.of(third),
                List.of(a, b),
                Map.of(
                        a.id(), Map.of(third.id(), new Mark(third.id(), null, 2, "r")),
                        b.id(), Map.of(third.id(), new Mark(third.id(), null, 2, "r"))));
        assertThat(ranking.get(0).qualityPoints()).isEqualByComparingTo("66.67");
        assertThat(ranking.get(0).pricePoints()).isEqualByComparingTo("0");
        assertThat(ranking).extracting(RankedBid::bidId).containsExactly(a.id(), b.id());
    }

    @Test
    void refuses_to_rank_before_every_mark_is_moderated() {
        var only = bid("1.00");
        assertThatThrownBy(() -> TenderRanking.rank(
                        CRITERIA,
                        List.of(only),
                        Map.of(only.id(), Map.of(POLICY.id(), new Mark(POLICY.id(), true, null, "r")))))
                .isInstanceOf(TenderRuleViolated.class)
                .hasMessageContaining("1 moderated mark");
    }
}
