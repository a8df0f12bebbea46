package org.familysafeguarding.contracts.domain.tender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The evaluation of the bids for one contract: its criteria and panel, fixed before bids open, and
 * the stage it has reached. Each stage move keeps who made it and when.
 */
@Entity
@Table(name = "tender_evaluation")
public class TenderEvaluation {

    public static final int TOTAL_WEIGHT = 100;
    public static final int DEFAULT_MAX_SCORE = 5;

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenderStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_criterion", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<Criterion> criteria = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_panel_member", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<PanelMember> panel = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "criteria_set_by")
    private String criteriaSetBy;

    @Column(name = "criteria_set_at")
    private Instant criteriaSetAt;

    @Column(name = "panel_set_by")
    private String panelSetBy;

    @Column(name = "panel_set_at")
    private Instant panelSetAt;

    @Column(name = "bids_opened_by")
    private String bidsOpenedBy;

    @Column(name = "bids_opened_at")
    private Instant bidsOpenedAt;

    @Column(name = "bids_closed_by")
    private String bidsClosedBy;

    @Column(name = "bids_closed_at")
    private Instant bidsClosedAt;

    @Column(name = "moderation_started_by")
    private String moderationStartedBy;

    @Column(name = "moderation_started_at")
    private Instant moderationStartedAt;

    @Column(name = "recommended_bid_id")
    private UUID recommendedBidId;

    @Column(name = "recommendation_rationale")
    private String recommendationRationale;

    @Column(name = "recommended_by")
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TenderEvaluation() {}

    public static TenderEvaluation start(UUID contractId, String councilCode, String by, Instant now) {
        var evaluation = new TenderEvaluation();
        evaluation.contractId = contractId;
        evaluation.councilCode = councilCode;
        evaluation.stage = TenderStage.SETTING_CRITERIA;
        evaluation.createdBy = by;
        evaluation.createdAt = now;
        evaluation.updatedAt = now;
        return evaluation;
    }

    /** A criterion as asked for: kind, title, description, weight, maximum score. */
    public record CriterionPlan(
            CriterionKind kind, String title, String description, Integer weight, Integer maxScore) {}

    /**
     * Replaces the criteria, only before bids open. Mandatory criteria carry no weight; quality and
     * price criteria carry weights adding up to 100; at most one price criterion; a quality
     * criterion is scored from 0 to its maximum (1-10, 5 unless given).
     */
    public void setCriteria(List<CriterionPlan> plans, String by, Instant now) {
        requireStage(TenderStage.SETTING_CRITERIA, "Criteria are set before bids open");
        if (plans.isEmpty()) {
            throw new TenderRuleViolated("criteria-required", "Give at least one criterion.");
        }
        int total = 0;
        int prices = 0;
        Set<String> titles = new HashSet<>();
        List<Criterion> set = new ArrayList<>();
        for (CriterionPlan plan : plans) {
            String title = plan.title().strip();
            if (!titles.add(title.toLowerCase())) {
                throw new TenderRuleViolated("criterion-repeated", "The criterion '" + title + "' is given twice.");
            }
            Integer weight = plan.weight();
            Integer maxScore = null;
            switch (plan.kind()) {
                case MANDATORY -> {
                    if (weight != null || plan.maxScore() != null) {
                        throw new TenderRuleViolated(
                                "mandatory-criterion-weighted",
                                "The mandatory criterion '" + title + "' is pass or fail: it has no weight or score.");
                    }
                }
                case QUALITY, PRICE -> {
                    if (weight == null || weight < 1 || weight > TOTAL_WEIGHT) {
                        throw new TenderRuleViolated(
                                "criterion-weight-invalid",
                                "The " + plan.kind().name().toLowerCase() + " criterion '" + title
                                        + "' needs a weight from 1 to 100.");
                    }
                    total += weight;
                    if (plan.kind() == CriterionKind.PRICE) {
                        prices++;
                        if (plan.maxScore() != null) {
                            throw new TenderRuleViolated(
                                    "price-criterion-scored",
                                    "The price criterion '" + title
                                            + "' is scored by formula, not by evaluators: it has no maximum score.");
                        }
                    } else {
                        maxScore = plan.maxScore() == null ? DEFAULT_MAX_SCORE : plan.maxScore();
                        if (maxScore < 1 || maxScore > 10) {
                            throw new TenderRuleViolated(
                                    "criterion-max-score-invalid",
                                    "The quality criterion '" + title + "' is scored from 0 to a maximum of 1 to 10.");
                        }
                    }
                }
            }
            set.add(new Criterion(
                    UUID.randomUUID(), set.size() + 1, plan.kind(), title, plan.description(), weight, maxScore));
        }
        if (prices > 1) {
            throw new TenderRuleViolated("price-criterion-repeated", "Give at most one price criterion.");
        }
        if (total != TOTAL_WEIGHT) {
            throw new TenderRuleViolated(
                    "weights-do-not-add-up",
                    "The weights of the quality and price criteria add up to " + total + ", not 100.");
        }
        criteria.clear();
        criteria.addAll(set);
        criteriaSetBy = by;
        criteriaSetAt = now;
        updatedAt = now;
    }

    /** Replaces the panel, until scoring starts. */
    public void setPanel(List<String> usernames, String by, Instant now) {
        if (stage != TenderStage.SETTING_CRITERIA && stage != TenderStage.BIDS_OPEN) {
            throw new TenderRuleViolated(
                    "stage-not-allowed", "The panel is set before scoring starts; the tender is " + stage + ".");
        }
        Set<String> logins = new LinkedHashSet<>();
        for (String username : usernames) {
            if (!logins.add(username.strip())) {
                throw new TenderRuleViolated("evaluator-repeated", "The evaluator " + username + " is given twice.");
            }
        }
        panel.removeIf(member -> !logins.contains(member.username()));
        Set<String> kept = panel.stream().map(PanelMember::username).collect(Collectors.toSet());
        logins.stream()
                .filter(login -> !kept.contains(login))
                .forEach(login -> panel.add(new PanelMember(login, by, now)));
        panelSetBy = by;
        panelSetAt = now;
        updatedAt = now;
    }

    public void openBids(String by, Instant now) {
        requireStage(TenderStage.SETTING_CRITERIA, "Bids open once");
        if (criteria.isEmpty()) {
            throw new TenderRuleViolated("criteria-required", "Set the evaluation criteria before bids open.");
        }
        stage = TenderStage.BIDS_OPEN;
        bidsOpenedBy = by;
        bidsOpenedAt = now;
        updatedAt = now;
    }

    public void closeBids(long bids, String by, Instant now) {
        requireStage(TenderStage.BIDS_OPEN, "Bids close while they are open");
        if (bids == 0) {
            throw new TenderRuleViolated("no-bids", "No bid has been received; there is nothing to evaluate.");
        }
        if (panel.isEmpty()) {
            throw new TenderRuleViolated("panel-required", "Name the evaluation panel before scoring starts.");
        }
        stage = TenderStage.SCORING;
        bidsClosedBy = by;
        bidsClosedAt = now;
        updatedAt = now;
    }

    /** @param missing the evaluators with marks still to give, empty when everyone has scored everything */
    public void startModeration(Set<String> missing, String by, Instant now) {
        requireStage(TenderStage.SCORING, "Moderation follows scoring");
        if (!missing.isEmpty()) {
            throw new TenderRuleViolated(
                    "scoring-incomplete",
                    "Not every evaluator has marked every bid against every " + "criterion: "
                            + missing.stream().sorted().toList() + " still to finish.");
        }
        stage = TenderStage.MODERATION;
        moderationStartedBy = by;
        moderationStartedAt = now;
        updatedAt = now;
    }

    /** The recommended bid must be ranked: moderation complete and every mandatory criterion passed. */
    public void recommend(UUID bidId, List<RankedBid> ranking, String rationale, String by, Instant now) {
        requireStage(TenderStage.MODERATION, "A recommendation follows moderation");
        RankedBid chosen = ranking.stream()
                .filter(r -> r.bidId().equals(bidId))
                .findFirst()
                .orElseThrow(
                        () -> new TenderRuleViolated("bid-unknown", "Bid " + bidId + " is not a bid of this tender."));
        if (!chosen.passedMandatory()) {
            throw new TenderRuleViolated(
                    "bidder-failed-mandatory-criterion",
                    "Bid " + bidId + " failed a mandatory criterion and cannot be recommended.");
        }
        stage = TenderStage.RECOMMENDED;
        recommendedBidId = bidId;
        recommendationRationale = rationale.strip();
        recommendedBy = by;
        recommendedAt = now;
        updatedAt = now;
    }

    public void requireStage(TenderStage required, String rule) {
        if (stage != required) {
            throw new TenderRuleViolated(
                    "stage-not-allowed", rule + ": the tender is " + stage + ", not " + required + ".");
        }
    }

    public boolean onPanel(String username) {
        return panel.stream().anyMatch(member -> member.username().equals(username));
    }

    public Optional<Criterion> criterion(UUID id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Checks a mark against its criterion: pass/fail for mandatory, 0 to the maximum for quality, none for price. */
    public Criterion check(Mark mark) {
        Criterion criterion = criterion(mark.criterionId())
                .orElseThrow(() -> new TenderRuleViolated(
                        "criterion-unknown",
                        "Criterion " + mark.criterionId() + " is not a criterion of this tender."));
        switch (criterion.kind()) {
            case MANDATORY -> {
                if (mark.passed() == null || mark.score() != null) {
                    throw new TenderRuleViolated(
                            "mark-invalid",
                            "The mandatory criterion '" + criterion.title()
                                    + "' is marked passed true or false, without a score.");
                }
            }
            case QUALITY -> {
                if (mark.score() == null
                        || mark.passed() != null
                        || mark.score() < 0
                        || mark.score() > criterion.maxScore()) {
                    throw new TenderRuleViolated(
                            "mark-invalid",
                            "The quality criterion '" + criterion.title() + "' is scored from 0 to "
                                    + criterion.maxScore() + ", without passed.");
                }
            }
            case PRICE ->
                throw new TenderRuleViolated(
                        "price-not-marked",
                        "The price criterion '" + criterion.title()
                                + "' is scored by formula from the bid prices, not marked.");
        }
        return criterion;
    }

    public List<Criterion> criteria() {
        return criteria.stream()
                .sorted(Comparator.comparingInt(Criterion::position))
                .toList();
    }

    public List<Criterion> markedCriteria() {
        return criteria().stream().filter(Criterion::scoredByEvaluators).toList();
    }

    public List<PanelMember> panel() {
        return panel.stream()
                .sorted(Comparator.comparing(PanelMember::username))
                .toList();
    }

    public UUID contractId() {
        return contractId;
    }

    public String councilCode() {
        return councilCode;
    }

    public TenderStage stage() {
        return stage;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String criteriaSetBy() {
        return criteriaSetBy;
    }

    public Instant criteriaSetAt() {
        return criteriaSetAt;
    }

    public String panelSetBy() {
        return panelSetBy;
    }

    public Instant panelSetAt() {
        return panelSetAt;
    }

    public String bidsOpenedBy() {
        return bidsOpenedBy;
    }

    public Instant bidsOpenedAt() {
        return bidsOpenedAt;
    }

    public String bidsClosedBy() {
        return bidsClosedBy;
    }

    public Instant bidsClosedAt() {
        return bidsClosedAt;
    }

    public String moderationStartedBy() {
        return moderationStartedBy;
    }

    public Instant moderationStartedAt() {
        return moderationStartedAt;
    }

    public UUID recommendedBidId() {
        return recommendedBidId;
    }

    public String recommendationRationale() {
        return recommendationRationale;
    }

    public String recommendedBy() {
        return recommendedBy;
    }

    public Instant recommendedAt() {
        return recommendedAt;
    }

    public long version() {
        return version;
    }
}
