package org.familysafeguarding.contracts.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgencyAccreditationRepository
        implements PanacheRepositoryBase<AgencyAccreditation, AgencyAccreditation.Key> {

    public boolean isAccredited(UUID agencyId, String councilCode, LocalDate on) {
        return findByIdOptional(new AgencyAccreditation.Key(agencyId, councilCode))
                .filter(a -> a.accreditedOn(on))
                .isPresent();
    }
}
