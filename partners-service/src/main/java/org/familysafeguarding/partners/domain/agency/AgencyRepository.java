package org.familysafeguarding.partners.domain.agency;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    /** An agency already holding any of these register numbers. */
    public Optional<Agency> findSharingAnIdentifier(AgencyIdentifiers identifiers, UUID exceptId) {
        return find(
                        "id <> ?4 and ((charityNumber is not null and charityNumber = ?1)"
                                + " or (companiesHouseNumber is not null and companiesHouseNumber = ?2)"
                                + " or (odsCode is not null and odsCode = ?3))",
                        identifiers.charityNumber(),
                        identifiers.companiesHouseNumber(),
                        identifiers.odsCode(),
                        exceptId)
                .firstResultOptional();
    }

    /** Agencies whose name contains the text (any case), by name; all of them without text. */
    public PanacheQuery<Agency> search(String text) {
        Sort byName = Sort.by("name").and("id");
        if (text == null || text.isBlank()) {
            return findAll(byName);
        }
        return find("lower(name) like ?1", byName, "%" + text.strip().toLowerCase() + "%");
    }
}
