package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckRepository;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.tender.EvaluatorScore;
import org.familysafeguarding.contracts.domain.tender.EvaluatorScoreRepository;
import org.familysafeguarding.contracts.domain.tender.PanelMember;
import org.familysafeguarding.contracts.domain.tender.TenderBidRepository;
import org.familysafeguarding.contracts.domain.tender.TenderConflict;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation.CriterionPlan;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluationRepository;
import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

/** Sets up a tender evaluation and moves it through its stages, each move kept with who and when. */
@ApplicationScoped
public class TenderEvaluations {

    /** Routes without competition: nothing to evaluate. */
    static final Set<ProcurementRoute> NOT_COMPETITIVE = EnumSet.of(
            ProcurementRoute.DIRECT_AWARD,
            ProcurementRoute.CPR_WAIVER,
            ProcurementRoute.PSR_DIRECT_AWARD_A,
            ProcurementRoute.PSR_DIRECT_AWARD_B,
            ProcurementRoute.PSR_DIRECT_AWARD_C);

    private final ContractAccess contracts;
    private final TenderAccess access;
    private final TenderEvaluationRepository evaluations;
    private final TenderBidRepository bids;
    private final EvaluatorScoreRepository scores;
    private final ProcurementCheckRepository checks;
    private final TenderScoring scoring;
    private final Caller caller;
    private final Clock clock;

    public TenderEvaluations(
            ContractAccess contracts,
            TenderAccess access,
            TenderEvaluationRepository evaluations,
            TenderBidRepository bids,
            EvaluatorScoreRepository scores,
            ProcurementCheckRepository checks,
            TenderScoring scoring,
            Caller caller,
            Clock clock) {
        this.contracts = contracts;
        this.access = access;
        this.evaluations = evaluations;
        this.bids = bids;
        this.scores = scores;
        this.checks = checks;
        this.scoring = scoring;
        this.caller = caller;
        this.clock = clock;
    }

    /** Starts the evaluation of a contract in procurement or evaluation on a competitive route. */
    @Transactional
    public TenderEvaluation start(UUID contractId) {
        Contract contract = contracts.manageable(contractId);
        if (contract.state() != ContractState.IN_PROCUREMENT && contract.state() != ContractState.IN_EVALUATION) {
            throw new TenderRuleViolated(
                    "contract-not-in-procurement",
                    "A tender is evaluated while the contract is " + "IN_PROCUREMENT or IN_EVALUATION; this one is "
                            + contract.state() + ".");
        }
        ProcurementRoute route = contract.procurementCheckId() == null
                ? null
                : checks.findByIdOptional(contract.procurementCheckId())
                        .map(c -> c.proposedRoute())
                        .orElse(null);
        if (route == null || NOT_COMPETITIVE.contains(route)) {
            throw new TenderRuleViolated(
                    "route-not-competitive",
                    "The contract's procurement route " + route
                            + " is not a competition; there are no bids to evaluate.");
        }
        if (evaluations.findByIdOptional(contract.id()).isPresent()) {
            throw new TenderConflict("tender-already-started", "Contract " + contractId + " has a tender evaluation.");
        }
        var evaluation = TenderEvaluation.start(contract.id(), contract.councilCode(), caller.username(), now());
        evaluations.persist(evaluation);
        return evaluation;
    }

    public TenderEvaluation view(UUID contractId) {
        return access.visible(contractId);
    }

    @Transactional
    public TenderEvaluation setCriteria(UUID contractId, String ifMatch, List<CriterionPlan> criteria) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.setCriteria(criteria, caller.username(), now());
        return flushed(evaluation);
    }

    @Transactional
    public TenderEvaluation setPanel(UUID contractId, String ifMatch, List<String> evaluators) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.setPanel(evaluators, caller.username(), now());
        return flushed(evaluation);
    }

    @Transactional
    public TenderEvaluation openBids(UUID contractId, String ifMatch) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.openBids(caller.username(), now());
        return flushed(evaluation);
    }

    @Transactional
    public TenderEvaluation closeBids(UUID contractId, String ifMatch) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.closeBids(bids.ofTender(evaluation.contractId()).count(), caller.username(), now());
        return flushed(evaluation);
    }

    @Transactional
    public TenderEvaluation startModeration(UUID contractId, String ifMatch) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.startModeration(stillScoring(evaluation), caller.username(), now());
        return flushed(evaluation);
    }

    @Transactional
    public TenderEvaluation recommend(UUID contractId, String ifMatch, UUID bidId, String rationale) {
        TenderEvaluation evaluation = changeable(contractId, ifMatch);
        evaluation.recommend(bidId, scoring.ranking(evaluation), rationale, caller.username(), now());
        return flushed(evaluation);
    }

    /** Marks each evaluator has given so far, by login; it says how far scoring is, not what was scored. */
    public Map<String, Long> marksGiven(TenderEvaluation evaluation) {
        Map<String, Long> given = scores.ofTender(evaluation.contractId()).stream()
                .collect(Collectors.groupingBy(EvaluatorScore::evaluator, Collectors.counting()));
        return evaluation.panel().stream()
                .collect(Collectors.toMap(PanelMember::username, m -> given.getOrDefault(m.username(), 0L)));
    }

    /** Marks each evaluator is to give: every bid against every criterion that evaluators mark. */
    public long marksExpected(TenderEvaluation evaluation) {
        return bids.ofTender(evaluation.contractId()).count()
                * evaluation.markedCriteria().size();
    }

    private Set<String> stillScoring(TenderEvaluation evaluation) {
        long expected = marksExpected(evaluation);
        Set<String> missing = new HashSet<>();
        marksGiven(evaluation).forEach((evaluator, given) -> {
            if (given < expected) {
                missing.add(evaluator);
            }
        });
        return missing;
    }

    private TenderEvaluation changeable(UUID contractId, String ifMatch) {
        TenderEvaluation evaluation = access.managed(contractId);
        Versions.requireMatch(ifMatch, evaluation.version());
        return access.open(evaluation);
    }

    private TenderEvaluation flushed(TenderEvaluation evaluation) {
        evaluations.flush();
        return evaluation;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
