package org.familysafeguarding.contracts.domain.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractVariationRepository implements PanacheRepositoryBase<ContractVariation, UUID> {

    public PanacheQuery<ContractVariation> ofContract(UUID contractId) {
        return find("contractId", Sort.by("recordedAt").and("id"), contractId);
    }
}
