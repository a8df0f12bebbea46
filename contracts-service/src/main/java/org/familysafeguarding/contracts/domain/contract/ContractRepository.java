package org.familysafeguarding.contracts.domain.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    private static final Sort ORDER = Sort.by("startDate").and("id");

    public PanacheQuery<Contract> ofCouncil(String councilCode, ContractState state) {
        return state == null
                ? find("councilCode", ORDER, councilCode)
                : find(
                        "councilCode = :council and state = :state",
                        ORDER,
                        Parameters.with("council", councilCode).and("state", state));
    }

    public PanacheQuery<Contract> ofAgency(UUID agencyId, ContractState state) {
        return state == null
                ? find("agencyId", ORDER, agencyId)
                : find(
                        "agencyId = :agency and state = :state",
                        ORDER,
                        Parameters.with("agency", agencyId).and("state", state));
    }
}
