package org.familysafeguarding.contracts.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.tender.Criterion;
import org.familysafeguarding.contracts.domain.tender.CriterionKind;
import org.familysafeguarding.contracts.domain.tender.Mark;
import org.familysafeguarding.contracts.domain.tender.TenderBid;
import org.familysafeguarding.contracts.domain.tender.TenderBidRepository;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluationRepository;
import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditationRepository;

/**
 * The tender's say in an award: a contract with a tender evaluation is awarded only to an agency
 * that bid, whose bid passed every mandatory criterion after moderation, and which the council
 * accredits on the award date. A contract without a tender evaluation (a direct award) is not
 * affected. The award transition calls {@link #requireAwardable} before it moves the contract.
 */
@ApplicationScoped
public class TenderAwardCheck {

    private final TenderEvaluationRepository evaluations;
    private final TenderBidRepository bids;
    private final TenderScoring scoring;
    private final AgencyAccreditationRepository accreditations;

    public TenderAwardCheck(
            TenderEvaluationRepository evaluations,
            TenderBidRepository bids,
            TenderScoring scoring,
            AgencyAccreditationRepository accreditations) {
        this.evaluations = evaluations;
        this.bids = bids;
        this.scoring = scoring;
        this.accreditations = accreditations;
    }

    /** @throws TenderRuleViolated (422) naming the rule the award breaks */
    public void requireAwardable(UUID contractId, UUID agencyId, LocalDate awardedOn) {
        TenderEvaluation tender = evaluations.findByIdOptional(contractId).orElse(null);
        if (tender == null) {
            return;
        }
        if (!tender.stage().scoresDisclosed()) {
            throw new TenderRuleViolated(
                    "tender-evaluation-incomplete",
                    "The tender evaluation is " + tender.stage() + "; the contract is awarded after moderation.");
        }
        TenderBid bid =
                agencyId == null ? null : bids.byAgency(contractId, agencyId).orElse(null);
        if (bid == null) {
            throw new TenderRuleViolated(
                    "provider-did-not-bid", "Agency " + agencyId + " did not bid for this contract.");
        }
        Map<UUID, Mark> marks = scoring.moderatedBy(tender).getOrDefault(bid.id(), Map.of());
        for (Criterion criterion : tender.criteria()) {
            if (criterion.kind() != CriterionKind.MANDATORY) {
                continue;
            }
            Mark mark = marks.get(criterion.id());
            if (mark == null) {
                throw new TenderRuleViolated(
                        "tender-evaluation-incomplete",
                        "The bid of agency " + agencyId + " has no moderated mark for the mandatory criterion '"
                                + criterion.title() + "'.");
            }
            if (!Boolean.TRUE.equals(mark.passed())) {
                throw new TenderRuleViolated(
                        "bidder-failed-mandatory-criterion",
                        "The bid of agency " + agencyId + " failed the mandatory criterion '" + criterion.title()
                                + "'.");
            }
        }
        if (!accreditations.isAccredited(agencyId, tender.councilCode(), awardedOn)) {
            throw new TenderRuleViolated(
                    "provider-not-accredited",
                    "Agency " + agencyId + " is not accredited by " + tender.councilCode() + " on " + awardedOn + ".");
        }
    }
}
