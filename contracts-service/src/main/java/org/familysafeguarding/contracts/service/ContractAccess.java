package org.familysafeguarding.contracts.service;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractNotFound;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.platform.security.Caller;

/**
 * Who may see and change which contract: council staff their own council's, provider managers
 * their own agency's (read only). Anything else answers 404, as if it did not exist.
 */
@ApplicationScoped
public class ContractAccess {

    private final ContractRepository contracts;
    private final Caller caller;

    public ContractAccess(ContractRepository contracts, Caller caller) {
        this.contracts = contracts;
        this.caller = caller;
    }

    public Contract readable(UUID id) {
        return contracts.findByIdOptional(id).filter(this::mayRead).orElseThrow(() -> new ContractNotFound(id));
    }

    public Contract manageable(UUID id) {
        return contracts
                .findByIdOptional(id)
                .filter(c -> caller.hasRole(COMMISSIONER) && caller.worksForCouncil(c.councilCode()))
                .orElseThrow(() -> new ContractNotFound(id));
    }

    private boolean mayRead(Contract contract) {
        if (caller.worksForCouncil(contract.councilCode())
                && (caller.hasRole(COMMISSIONER)
                        || caller.hasRole(PARTNERSHIP_ADMIN)
                        || caller.hasRole(ANALYST)
                        || caller.hasRole(AUDITOR))) {
            return true;
        }
        return caller.hasRole(PROVIDER_MANAGER)
                && contract.agencyId() != null
                && caller.worksForAgency(contract.agencyId());
    }
}
