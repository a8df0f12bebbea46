package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.tender.EvaluatorScore;
import org.familysafeguarding.contracts.domain.tender.EvaluatorScoreRepository;
import org.familysafeguarding.contracts.domain.tender.Mark;
import org.familysafeguarding.contracts.domain.tender.ModeratedScore;
import org.familysafeguarding.contracts.domain.tender.ModeratedScoreRepository;
import org.familysafeguarding.contracts.domain.tender.RankedBid;
import org.familysafeguarding.contracts.domain.tender.TenderBid;
import org.familysafeguarding.contracts.domain.tender.TenderBidRepository;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderForbidden;
import org.familysafeguarding.contracts.domain.tender.TenderNotFound;
import org.familysafeguarding.contracts.domain.tender.TenderRanking;
import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.contracts.domain.tender.TenderStage;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditationRepository;
import org.familysafeguarding.platform.security.Caller;

/**
 * Scoring: each evaluator marks alone and sees only their own marks until moderation starts; then
 * the council's commissioners see every mark, record the moderated marks with their rationale, and
 * the bids are ranked by them.
 */
@ApplicationScoped
public class TenderScoring {

    private final TenderAccess access;
    private final TenderBidRepository bids;
    private final EvaluatorScoreRepository scores;
    private final ModeratedScoreRepository moderated;
    private final AgencyAccreditationRepository accreditations;
    private final Caller caller;
    private final Clock clock;

    public TenderScoring(
            TenderAccess access,
            TenderBidRepository bids,
            EvaluatorScoreRepository scores,
            ModeratedScoreRepository moderated,
            AgencyAccreditationRepository accreditations,
            Caller caller,
            Clock clock) {
        this.access = access;
        this.bids = bids;
        this.scores = scores;
        this.moderated = moderated;
        this.accreditations = accreditations;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller's own marks of a bid, as an evaluator on the panel, while scoring is open. */
    @Transactional
    public List<EvaluatorScore> mark(UUID contractId, UUID bidId, List<Mark> marks) {
        TenderEvaluation tender = access.managed(contractId);
        TenderBid bid = bidOf(tender, bidId);
        String evaluator = caller.username();
        if (!tender.onPanel(evaluator)) {
            throw new TenderForbidden(
                    "not-on-panel", "Only the evaluation panel scores the bids; " + evaluator + " is not on it.");
        }
        tender.requireStage(TenderStage.SCORING, "Evaluators score while scoring is open");
        access.open(tender);
        Instant now = Instant.now(clock);
        for (Mark mark : marks) {
            tender.check(mark);
            scores.mark(bid.id(), mark.criterionId(), evaluator)
                    .ifPresentOrElse(
                            s -> s.revise(mark, now),
                            () -> scores.persist(
                                    EvaluatorScore.of(tender.contractId(), bid.id(), evaluator, mark, now)));
        }
        scores.flush();
        return scores.ofEvaluator(tender.contractId(), evaluator).stream()
                .filter(s -> s.bidId().equals(bid.id()))
                .toList();
    }

    /** Before moderation the caller's own marks only; from moderation on, every evaluator's. */
    public List<EvaluatorScore> marks(UUID contractId) {
        TenderEvaluation tender = access.managed(contractId);
        return tender.stage().scoresDisclosed()
                ? scores.ofTender(tender.contractId())
                : scores.ofEvaluator(tender.contractId(), caller.username());
    }

    @Transactional
    public List<ModeratedScore> moderate(UUID contractId, UUID bidId, List<Mark> marks) {
        TenderEvaluation tender = access.managed(contractId);
        TenderBid bid = bidOf(tender, bidId);
        tender.requireStage(TenderStage.MODERATION, "Moderated marks are recorded during moderation");
        access.open(tender);
        Instant now = Instant.now(clock);
        String by = caller.username();
        for (Mark mark : marks) {
            tender.check(mark);
            moderated
                    .findByIdOptional(new ModeratedScore.Key(bid.id(), mark.criterionId()))
                    .ifPresentOrElse(
                            m -> m.revise(mark, by, now),
                            () -> moderated.persist(ModeratedScore.of(tender.contractId(), bid.id(), mark, by, now)));
        }
        moderated.flush();
        return moderated.ofTender(tender.contractId()).stream()
                .filter(m -> m.bidId().equals(bid.id()))
                .toList();
    }

    public List<ModeratedScore> moderatedMarks(UUID contractId) {
        return moderated.ofTender(access.managed(contractId).contractId());
    }

    public List<RankedBid> ranking(UUID contractId) {
        return ranking(access.managed(contractId));
    }

    /** The bids ranked by their moderated marks; refused before moderation. */
    public List<RankedBid> ranking(TenderEvaluation tender) {
        if (!tender.stage().scoresDisclosed()) {
            throw new TenderRuleViolated(
                    "moderation-not-started",
                    "The bids are ranked on moderated marks; the tender is " + tender.stage() + ".");
        }
        return TenderRanking.rank(
                tender.criteria(),
                bids.allOf(tender.contractId()).stream()
                        .map(b -> new TenderRanking.Bid(b.id(), b.agencyId(), b.price()))
                        .toList(),
                moderatedBy(tender));
    }

    /** The ranked bidders the contract's council accredits today. */
    public Set<UUID> accreditedToday(UUID contractId, List<RankedBid> ranking) {
        String council = access.managed(contractId).councilCode();
        LocalDate today = LocalDate.now(clock);
        return ranking.stream()
                .map(RankedBid::agencyId)
                .filter(agency -> accreditations.isAccredited(agency, council, today))
                .collect(Collectors.toSet());
    }

    /** Each bid's moderated marks by criterion id. */
    public Map<UUID, Map<UUID, Mark>> moderatedBy(TenderEvaluation tender) {
        Map<UUID, Map<UUID, Mark>> byBid = new HashMap<>();
        for (ModeratedScore m : moderated.ofTender(tender.contractId())) {
            byBid.computeIfAbsent(m.bidId(), k -> new HashMap<>())
                    .put(m.criterionId(), new Mark(m.criterionId(), m.passed(), m.score(), m.rationale()));
        }
        return byBid;
    }

    private TenderBid bidOf(TenderEvaluation tender, UUID bidId) {
        return bids.findByIdOptional(bidId)
                .filter(b -> b.contractId().equals(tender.contractId()))
                .orElseThrow(() -> TenderNotFound.bid(bidId));
    }
}
