package org.familysafeguarding.partners.domain.council;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {

    public boolean localAuthorityNumberTaken(String number, String exceptCode) {
        return count("localAuthorityNumber = ?1 and code <> ?2", number, exceptCode) > 0;
    }

    /** Councils whose name contains the text (any case), by name. */
    public PanacheQuery<Council> search(String text) {
        if (text == null || text.isBlank()) {
            return findAll(Sort.by("name"));
        }
        return find("lower(name) like ?1", Sort.by("name"), "%" + text.strip().toLowerCase() + "%");
    }
}
