package org.familysafeguarding.partners.domain.duediligence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DueDiligenceCheckRepository implements PanacheRepositoryBase<DueDiligenceCheck, UUID> {

    public List<DueDiligenceCheck> of(UUID agencyId, String councilCode) {
        return list("agencyId = ?1 and councilCode = ?2", agencyId, councilCode);
    }

    public PanacheQuery<DueDiligenceCheck> page(UUID agencyId, Optional<String> councilCode) {
        Sort newestFirst = Sort.descending("checkedOn", "recordedAt");
        return councilCode
                .map(c -> find("agencyId = ?1 and councilCode = ?2", newestFirst, agencyId, c))
                .orElseGet(() -> find("agencyId", newestFirst, agencyId));
    }

    public List<UUID> agenciesCheckedBy(String councilCode) {
        return getEntityManager()
                .createQuery(
                        "select distinct c.agencyId from DueDiligenceCheck c where c.councilCode = :council",
                        UUID.class)
                .setParameter("council", councilCode)
                .getResultList();
    }
}
