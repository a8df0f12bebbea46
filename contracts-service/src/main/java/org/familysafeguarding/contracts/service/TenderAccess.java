package org.familysafeguarding.contracts.service;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluationRepository;
import org.familysafeguarding.contracts.domain.tender.TenderNotFound;
import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.contracts.domain.tender.TenderStage;
import org.familysafeguarding.platform.security.Caller;

/**
 * Who may see which tender: the commissioners of the contract's council manage it (and are its
 * possible evaluators); a provider manager sees an open tender's criteria to bid for it, and only
 * their own agency's bid. Anything else answers 404, as if absent.
 */
@ApplicationScoped
public class TenderAccess {

    private final ContractAccess contracts;
    private final ContractRepository contractRepository;
    private final TenderEvaluationRepository evaluations;
    private final Caller caller;

    public TenderAccess(
            ContractAccess contracts,
            ContractRepository contractRepository,
            TenderEvaluationRepository evaluations,
            Caller caller) {
        this.contracts = contracts;
        this.contractRepository = contractRepository;
        this.evaluations = evaluations;
        this.caller = caller;
    }

    /** The contract's tender, for a commissioner of its council. */
    public TenderEvaluation managed(UUID contractId) {
        Contract contract = contracts.manageable(contractId);
        return evaluations.findByIdOptional(contract.id()).orElseThrow(() -> TenderNotFound.evaluation(contractId));
    }

    /** The contract's tender for a commissioner of its council, or for a provider manager once bids have opened. */
    public TenderEvaluation visible(UUID contractId) {
        if (isBidder()) {
            return evaluations
                    .findByIdOptional(contractId)
                    .filter(t -> t.stage() != TenderStage.SETTING_CRITERIA)
                    .orElseThrow(() -> TenderNotFound.evaluation(contractId));
        }
        return managed(contractId);
    }

    /** Refuses any change to a tender once its contract has been awarded or ended. */
    public TenderEvaluation open(TenderEvaluation tender) {
        ContractState state = contractRepository
                .findByIdOptional(tender.contractId())
                .map(Contract::state)
                .orElse(null);
        if (state == null || !state.beforeAward()) {
            throw new TenderRuleViolated(
                    "contract-not-in-procurement",
                    "The contract is " + state + "; its tender evaluation can no longer change.");
        }
        return tender;
    }

    /** A provider manager acting for their own agency (never a council's staff). */
    public boolean isBidder() {
        return caller.hasRole(PROVIDER_MANAGER)
                && !caller.hasRole(COMMISSIONER)
                && caller.agency().isPresent();
    }

    public UUID bidderAgency() {
        return caller.agency().orElseThrow();
    }
}
