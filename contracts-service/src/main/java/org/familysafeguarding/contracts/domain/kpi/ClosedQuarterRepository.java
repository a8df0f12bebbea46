package org.familysafeguarding.contracts.domain.kpi;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClosedQuarterRepository implements PanacheRepositoryBase<ClosedQuarter, ClosedQuarter.Key> {

    /** Newest first: the quarter is written 2025-26-Q1, which sorts as time does. */
    public PanacheQuery<ClosedQuarter> ofContract(UUID contractId) {
        return find("key.contractId", Sort.descending("key.quarter"), contractId);
    }

    public boolean isClosed(UUID contractId, FinancialQuarter quarter) {
        return findByIdOptional(new ClosedQuarter.Key(contractId, quarter.toString()))
                .isPresent();
    }
}
