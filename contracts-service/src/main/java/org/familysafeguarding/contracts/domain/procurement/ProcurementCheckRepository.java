package org.familysafeguarding.contracts.domain.procurement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProcurementCheckRepository implements PanacheRepositoryBase<ProcurementCheck, UUID> {

    public PanacheQuery<ProcurementCheck> ofCouncil(String councilCode) {
        return find("councilCode", Sort.descending("checkedAt").and("id"), councilCode);
    }
}
