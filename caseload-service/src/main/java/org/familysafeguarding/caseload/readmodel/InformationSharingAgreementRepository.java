package org.familysafeguarding.caseload.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InformationSharingAgreementRepository implements PanacheRepositoryBase<InformationSharingAgreement, UUID> {

    public boolean cover(UUID agencyId, String council, LocalDate date) {
        return list("councilCode = ?1 and ?2 member of agencyIds", council, agencyId).stream()
                .anyMatch(a -> a.covers(agencyId, council, date));
    }

    /** The councils where a live agreement covers the agency on the date. */
    public java.util.Set<String> councilsCovering(UUID agencyId, LocalDate date) {
        return list("?1 member of agencyIds", agencyId).stream()
                .filter(a -> a.covers(agencyId, a.councilCode(), date))
                .map(InformationSharingAgreement::councilCode)
                .collect(java.util.stream.Collectors.toSet());
    }
}
