package org.familysafeguarding.contracts.domain.risk;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractRiskRepository implements PanacheRepositoryBase<ContractRisk, UUID> {

    public PanacheQuery<ContractRisk> ofContract(UUID contractId) {
        return find("contractId", Sort.descending("score").and("reviewDate").and("id"), contractId);
    }

    /** The council's risks whose review date has passed, oldest review first. */
    public PanacheQuery<ContractRisk> overdue(String councilCode, LocalDate today) {
        return find(
                "councilCode = :council and reviewDate < :today",
                Sort.by("reviewDate").and("id"),
                Parameters.with("council", councilCode).and("today", today));
    }
}
