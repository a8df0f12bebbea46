package org.familysafeguarding.contracts.domain.kpi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class KpiTargetRepository implements PanacheRepositoryBase<KpiTarget, UUID> {

    public PanacheQuery<KpiTarget> ofContract(UUID contractId) {
        return find("contractId", Sort.by("interventionType").and("id"), contractId);
    }

    public List<KpiTarget> allOf(UUID contractId) {
        return ofContract(contractId).list();
    }

    public Optional<KpiTarget> ofType(UUID contractId, InterventionType type) {
        return find(
                        "contractId = :c and interventionType = :t",
                        Parameters.with("c", contractId).and("t", type))
                .firstResultOptional();
    }

    /** Contracts with at least one KPI that have gone live: the ones whose quarters can close. */
    public List<UUID> liveContractsWithTargets() {
        return getEntityManager().createQuery("""
                select distinct c.id from Contract c where c.liveOn is not null
                  and exists (select 1 from KpiTarget k where k.contractId = c.id)""", UUID.class).getResultList();
    }
}
