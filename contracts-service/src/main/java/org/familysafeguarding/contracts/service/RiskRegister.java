package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.risk.ContractRisk;
import org.familysafeguarding.contracts.domain.risk.ContractRiskNotFound;
import org.familysafeguarding.contracts.domain.risk.ContractRiskRepository;
import org.familysafeguarding.contracts.domain.risk.RiskAssessment;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The risk register of each contract, and a council's overdue reviews. */
@ApplicationScoped
public class RiskRegister {

    private final ContractAccess access;
    private final ContractRiskRepository risks;
    private final Caller caller;
    private final Clock clock;

    public RiskRegister(ContractAccess access, ContractRiskRepository risks, Caller caller, Clock clock) {
        this.access = access;
        this.risks = risks;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ContractRisk raise(UUID contractId, RiskAssessment assessment) {
        Contract contract = access.manageable(contractId);
        ContractRisk risk = ContractRisk.raise(contract.id(), contract.councilCode(), assessment, Instant.now(clock));
        risks.persist(risk);
        return risk;
    }

    @Transactional
    public ContractRisk revise(UUID contractId, UUID riskId, String ifMatch, RiskAssessment assessment) {
        Contract contract = access.manageable(contractId);
        ContractRisk risk = risks.findByIdOptional(riskId)
                .filter(r -> r.contractId().equals(contract.id()))
                .orElseThrow(() -> new ContractRiskNotFound(riskId));
        Versions.requireMatch(ifMatch, risk.version());
        risk.revise(assessment, Instant.now(clock));
        risks.flush();
        return risk;
    }

    public PanacheQuery<ContractRisk> of(UUID contractId) {
        return risks.ofContract(access.readable(contractId).id());
    }

    /** The caller's council's risks whose review is overdue today. */
    public PanacheQuery<ContractRisk> overdue() {
        return risks.overdue(caller.council().orElse(""), LocalDate.now(clock));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
