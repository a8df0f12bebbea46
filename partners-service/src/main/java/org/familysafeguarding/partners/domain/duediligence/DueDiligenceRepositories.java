package org.familysafeguarding.partners.domain.duediligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Storage of checks, policies and accreditations. */
public final class DueDiligenceRepositories {

    private DueDiligenceRepositories() {
    }

    @ApplicationScoped
    public static class Checks implements PanacheRepositoryBase<DueDiligenceCheck, UUID> {

        public List<DueDiligenceCheck> of(UUID agencyId, String councilCode) {
            return list("agencyId = ?1 and councilCode = ?2", agencyId, councilCode);
        }

        public PanacheQuery<DueDiligenceCheck> page(UUID agencyId, Optional<String> councilCode) {
            Sort newestFirst = Sort.descending("checkedOn", "recordedAt");
            return councilCode.map(c -> find("agencyId = ?1 and councilCode = ?2", newestFirst, agencyId, c))
                    .orElseGet(() -> find("agencyId", newestFirst, agencyId));
        }

        public List<UUID> agenciesCheckedBy(String councilCode) {
            return getEntityManager()
                    .createQuery("select distinct c.agencyId from DueDiligenceCheck c where c.councilCode = :council",
                            UUID.class)
                    .setParameter("council", councilCode).getResultList();
        }
    }

    @ApplicationScoped
    public static class Policies implements PanacheRepositoryBase<DueDiligencePolicy, String> {
    }

    @ApplicationScoped
    public static class Accreditations implements PanacheRepositoryBase<Accreditation, UUID> {

        public Optional<Accreditation> of(UUID agencyId, String councilCode) {
            return find("agencyId = ?1 and councilCode = ?2", agencyId, councilCode).firstResultOptional();
        }

        public List<Accreditation> ofAgency(UUID agencyId) {
            return list("agencyId", Sort.by("councilCode"), agencyId);
        }

        /** Accreditations whose earliest mandatory check expired before this day. */
        public List<Accreditation> expiredBefore(LocalDate day) {
            return list("status = ?1 and validUntil < ?2", Accreditation.Status.ACCREDITED, day);
        }
    }

    @ApplicationScoped
    public static class Changes implements PanacheRepositoryBase<AccreditationChange, UUID> {

        public List<AccreditationChange> ofAgency(UUID agencyId) {
            return list("agencyId", Sort.by("councilCode").and("recordedAt"), agencyId);
        }
    }
}
