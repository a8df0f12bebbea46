package org.familysafeguarding.contracts.service;

import static org.familysafeguarding.platform.security.Roles.PROVIDER_MANAGER;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractDetails;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.YearPlan;
import org.familysafeguarding.contracts.readmodel.CouncilNotFound;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The contract register: planning a contract, changing it before award, and its money by financial year. */
@ApplicationScoped
public class ContractRegister {

    private final ContractRepository contracts;
    private final PartnerAgencyRepository agencies;
    private final ContractAccess access;
    private final Caller caller;
    private final Clock clock;

    public ContractRegister(
            ContractRepository contracts,
            PartnerAgencyRepository agencies,
            ContractAccess access,
            Caller caller,
            Clock clock) {
        this.contracts = contracts;
        this.agencies = agencies;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Contract plan(String councilCode, ContractDetails details) {
        if (!caller.worksForCouncil(councilCode)) {
            throw new CouncilNotFound(councilCode);
        }
        requireKnownAgency(details);
        Contract contract = Contract.plan(councilCode, details, Instant.now(clock));
        contracts.persist(contract);
        return contract;
    }

    @Transactional
    public Contract change(UUID id, String ifMatch, ContractDetails details) {
        Contract contract = access.manageable(id);
        Versions.requireMatch(ifMatch, contract.version());
        requireKnownAgency(details);
        contract.change(details, Instant.now(clock));
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract reprofile(UUID id, String ifMatch, List<YearPlan> plan) {
        Contract contract = access.manageable(id);
        Versions.requireMatch(ifMatch, contract.version());
        contract.reprofile(plan, Instant.now(clock));
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract get(UUID id) {
        return access.readable(id);
    }

    /** Council staff see their council's contracts; provider managers their agency's. */
    public PanacheQuery<Contract> visible(ContractState state) {
        if (caller.hasRole(PROVIDER_MANAGER) && caller.agency().isPresent()) {
            return contracts.ofAgency(caller.agency().get(), state);
        }
        return contracts.ofCouncil(caller.council().orElse(""), state);
    }

    private void requireKnownAgency(ContractDetails details) {
        if (details.agencyId() != null
                && agencies.findByIdOptional(details.agencyId()).isEmpty()) {
            throw new ContractRuleViolated(
                    "provider-unknown", "Agency " + details.agencyId() + " is not a partner agency known here.");
        }
    }
}
