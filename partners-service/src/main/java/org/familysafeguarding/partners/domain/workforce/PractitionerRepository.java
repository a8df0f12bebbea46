package org.familysafeguarding.partners.domain.workforce;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<Practitioner, UUID> {

    public boolean loginTaken(String login, UUID exceptId) {
        return count("login = ?1 and id <> ?2", login, exceptId) > 0;
    }

    /** An agency's practitioners, optionally those whose family name starts with the text. */
    public PanacheQuery<Practitioner> ofAgency(UUID agencyId, String familyNamePrefix) {
        Sort byName = Sort.by("familyName").and("givenName").and("id");
        if (familyNamePrefix == null || familyNamePrefix.isBlank()) {
            return find("agencyId", byName, agencyId);
        }
        return find(
                "agencyId = ?1 and lower(familyName) like ?2",
                byName,
                agencyId,
                familyNamePrefix.strip().toLowerCase() + "%");
    }
}
