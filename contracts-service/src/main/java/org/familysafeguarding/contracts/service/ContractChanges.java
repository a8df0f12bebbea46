package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.ChangeRules;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractChange;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.contract.ContractVariation;
import org.familysafeguarding.contracts.domain.contract.ContractVariationRepository;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckRepository;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRegime;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Extensions and variations of live contracts, each recorded with the flags it raised. */
@ApplicationScoped
public class ContractChanges {

    /** The recorded change and the contract after it. */
    public record Changed(ContractVariation variation, Contract contract) {}

    private final ContractAccess access;
    private final ContractRepository contracts;
    private final ContractVariationRepository variations;
    private final ChangeRules rules;
    private final ProcurementCheckRepository checks;
    private final Caller caller;
    private final Clock clock;

    public ContractChanges(
            ContractAccess access,
            ContractRepository contracts,
            ContractVariationRepository variations,
            ChangeRules rules,
            ProcurementCheckRepository checks,
            Caller caller,
            Clock clock) {
        this.checks = checks;
        this.access = access;
        this.contracts = contracts;
        this.variations = variations;
        this.rules = rules;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Changed record(UUID contractId, String ifMatch, ContractChange change) {
        Contract contract = access.manageable(contractId);
        Versions.requireMatch(ifMatch, contract.version());
        ProcurementRegime awardedUnder = contract.procurementCheckId() == null
                ? null
                : checks.findByIdOptional(contract.procurementCheckId())
                        .map(ProcurementCheck::regime)
                        .orElse(null);
        ContractVariation variation =
                contract.amend(change, rules, awardedUnder, caller.username(), Instant.now(clock));
        variations.persist(variation);
        contracts.flush();
        return new Changed(variation, contract);
    }

    public PanacheQuery<ContractVariation> of(UUID contractId) {
        return variations.ofContract(access.readable(contractId).id());
    }
}
