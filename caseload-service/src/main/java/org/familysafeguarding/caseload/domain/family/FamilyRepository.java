package org.familysafeguarding.caseload.domain.family;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /** The council's families whose name starts with the text (any case), by name. */
    public PanacheQuery<Family> search(String councilCode, String nameStartsWith) {
        Sort sort = Sort.by("name").and("id");
        if (nameStartsWith == null || nameStartsWith.isBlank()) {
            return find("councilCode = ?1", sort, councilCode);
        }
        return find("councilCode = ?1 and lower(name) like ?2", sort, councilCode, Like.prefix(nameStartsWith));
    }
}
