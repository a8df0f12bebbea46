package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.ContractTransition;
import org.familysafeguarding.contracts.domain.contract.ContractTransitionRepository;
import org.familysafeguarding.contracts.domain.contract.TransitionDecision;
import org.familysafeguarding.contracts.domain.contract.TransitionFacts;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckRepository;
import org.familysafeguarding.contracts.messaging.event.ContractAwarded;
import org.familysafeguarding.contracts.messaging.event.ContractEnded;
import org.familysafeguarding.contracts.messaging.event.ContractWentLive;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditationRepository;
import org.familysafeguarding.contracts.readmodel.CouncilRepository;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Moves contracts through their states, records each move, and publishes award, go-live and end. */
@ApplicationScoped
public class ContractLifecycle {

    private final ContractAccess access;
    private final ContractRepository contracts;
    private final ContractTransitionRepository transitions;
    private final ProcurementCheckRepository checks;
    private final PartnerAgencyRepository agencies;
    private final AgencyAccreditationRepository accreditations;
    private final CouncilRepository councils;
    private final ContractsEvents events;
    private final Caller caller;
    private final Clock clock;
    private final TenderAwardCheck tenderAward;

    public ContractLifecycle(
            ContractAccess access,
            ContractRepository contracts,
            ContractTransitionRepository transitions,
            ProcurementCheckRepository checks,
            PartnerAgencyRepository agencies,
            AgencyAccreditationRepository accreditations,
            CouncilRepository councils,
            ContractsEvents events,
            Caller caller,
            Clock clock,
            TenderAwardCheck tenderAward) {
        this.access = access;
        this.contracts = contracts;
        this.transitions = transitions;
        this.checks = checks;
        this.agencies = agencies;
        this.accreditations = accreditations;
        this.councils = councils;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.tenderAward = tenderAward;
    }

    @Transactional
    public Contract move(UUID id, String ifMatch, TransitionDecision decision) {
        Contract contract = access.manageable(id);
        Versions.requireMatch(ifMatch, contract.version());
        UUID provider = decision.agencyId() != null ? decision.agencyId() : contract.agencyId();
        TransitionFacts facts = new TransitionFacts(
                check(
                        decision.procurementCheckId() != null
                                ? decision.procurementCheckId()
                                : contract.procurementCheckId(),
                        contract.councilCode()),
                provider != null && agencies.findByIdOptional(provider).isPresent(),
                provider != null
                        && accreditations.isAccredited(provider, contract.councilCode(), decision.effectiveOn()),
                councils.findByIdOptional(contract.councilCode())
                        .map(c -> c.decisionThresholds())
                        .orElse(null));
        ContractTransition transition = contract.moveTo(decision, facts, caller.username(), Instant.now(clock));
        if (contract.state() == ContractState.AWARDED) {
            // a competed contract goes only to a bidder that passed every mandatory criterion
            tenderAward.requireAwardable(contract.id(), contract.agencyId(), decision.effectiveOn());
        }
        transitions.persist(transition);
        contracts.flush();
        publish(contract);
        return contract;
    }

    public PanacheQuery<ContractTransition> history(UUID id) {
        return transitions.ofContract(access.readable(id).id());
    }

    private ProcurementCheck check(UUID checkId, String councilCode) {
        if (checkId == null) {
            return null;
        }
        return checks.findByIdOptional(checkId)
                .filter(c -> c.councilCode().equals(councilCode))
                .orElseThrow(() -> new ContractRuleViolated(
                        "procurement-check-unknown",
                        "No procurement check " + checkId + " of council " + councilCode + " is known here."));
    }

    private void publish(Contract c) {
        String type = c.serviceType().name();
        List<String> services = c.services().stream().map(Enum::name).toList();
        switch (c.state()) {
            case AWARDED ->
                events.publish(new ContractAwarded(
                        c.id(),
                        c.councilCode(),
                        c.agencyId(),
                        type,
                        services,
                        c.awardedOn(),
                        c.term().start(),
                        c.term().initialEnd(),
                        c.term().latestPossibleEnd()));
            case LIVE ->
                events.publish(new ContractWentLive(
                        c.id(),
                        c.councilCode(),
                        c.agencyId(),
                        type,
                        services,
                        c.liveOn(),
                        c.term().initialEnd()));
            case ENDED -> {
                if (c.awardedOn() != null) {
                    events.publish(new ContractEnded(
                            c.id(),
                            c.councilCode(),
                            c.agencyId(),
                            type,
                            services,
                            c.endedOn(),
                            c.endReason().name()));
                }
            }
            default -> {}
        }
    }
}
