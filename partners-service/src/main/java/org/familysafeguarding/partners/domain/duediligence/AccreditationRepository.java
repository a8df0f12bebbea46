package org.familysafeguarding.partners.domain.duediligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AccreditationRepository implements PanacheRepositoryBase<Accreditation, UUID> {

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
