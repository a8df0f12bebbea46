package org.familysafeguarding.contracts.domain.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.TenderEvaluation.CriterionPlan;
import org.junit.jupiter.api.Test;

class TenderCriteriaTest {

    static TenderEvaluation tender() {
        return TenderEvaluation.start(UUID.randomUUID(), "E10000032", "commissioner-a", Instant.now());
    }

    static CriterionPlan quality(String title, int weight) {
        return new CriterionPlan(CriterionKind.QUALITY, title, null, weight, null);
    }

    static CriterionPlan price(int weight) {
        return new CriterionPlan(CriterionKind.PRICE, "Price", null, weight, null);
    }

    static void refuses(List<CriterionPlan> plans, String slug) {
        assertThatThrownBy(() -> tender().setCriteria(plans, "c", Instant.now()))
                .isInstanceOfSatisfying(
                        TenderRuleViolated.class, e -> assertThat(e.slug()).isEqualTo(slug));
    }

    @Test
    void quality_and_price_weights_add_up_to_exactly_100() {
        refuses(List.of(quality("Model", 60), price(39)), "weights-do-not-add-up");
        refuses(List.of(quality("Model", 60), price(41)), "weights-do-not-add-up");
        var tender = tender();
        tender.setCriteria(
                List.of(
                        new CriterionPlan(CriterionKind.MANDATORY, "Insurance", null, null, null),
                        quality("Model", 60),
                        price(40)),
                "commissioner-a",
                Instant.now());
        assertThat(tender.criteria()).extracting(Criterion::title).containsExactly("Insurance", "Model", "Price");
        assertThat(tender.criteria().get(1).maxScore()).isEqualTo(TenderEvaluation.DEFAULT_MAX_SCORE);
        assertThat(tender.criteriaSetBy()).isEqualTo("commissioner-a");
    }

    @Test
    void refuses_weighted_mandatory_criteria_two_prices_repeated_titles_and_scores_out_of_range() {
        refuses(
                List.of(new CriterionPlan(CriterionKind.MANDATORY, "Insurance", null, 5, null), price(100)),
                "mandatory-criterion-weighted");
        refuses(
                List.of(price(50), new CriterionPlan(CriterionKind.PRICE, "Cost", null, 50, null)),
                "price-criterion-repeated");
        refuses(List.of(quality("Model", 50), quality("model", 50)), "criterion-repeated");
        refuses(
                List.of(new CriterionPlan(CriterionKind.QUALITY, "Model", null, 100, 11)),
                "criterion-max-score-invalid");
        refuses(List.of(new CriterionPlan(CriterionKind.PRICE, "Price", null, 100, 5)), "price-criterion-scored");
        refuses(List.of(quality("Model", 0), price(100)), "criterion-weight-invalid");
    }

    @Test
    void stages_follow_in_order_and_bids_close_only_with_bids_and_a_panel() {
        var tender = tender();
        assertThatThrownBy(() -> tender.openBids("c", Instant.now())).hasMessageContaining("criteria");
        tender.setCriteria(List.of(price(100)), "c", Instant.now());
        tender.openBids("c", Instant.now());
        assertThatThrownBy(() -> tender.closeBids(1, "c", Instant.now())).hasMessageContaining("panel");
        tender.setPanel(List.of("evaluator-a"), "c", Instant.now());
        assertThatThrownBy(() -> tender.closeBids(0, "c", Instant.now())).hasMessageContaining("No bid");
        tender.closeBids(2, "c", Instant.now());
        assertThat(tender.stage()).isEqualTo(TenderStage.SCORING);
        assertThatThrownBy(() -> tender.setPanel(List.of("evaluator-b"), "c", Instant.now()))
                .hasMessageContaining("before scoring");
        assertThatThrownBy(() -> tender.startModeration(java.util.Set.of("evaluator-a"), "c", Instant.now()))
                .hasMessageContaining("evaluator-a");
        tender.startModeration(java.util.Set.of(), "c", Instant.now());
        assertThat(tender.stage().scoresDisclosed()).isTrue();
    }
}
