package org.familysafeguarding.caseload.domain.family;

import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /**
     * The council's families whose name starts with the text (any case), by name (any case).
     *
     * @param teams when present, only families not allocated to a team or allocated to one of these
     */
    public PanacheQuery<Family> search(String councilCode, String nameStartsWith, Optional<Set<UUID>> teams) {
        var where = new StringBuilder("from Family f where f.councilCode = :council");
        var params = new HashMap<String, Object>();
        params.put("council", councilCode);
        if (nameStartsWith != null && !nameStartsWith.isBlank()) {
            where.append(" and lower(f.name) like :name");
            params.put("name", Like.prefix(nameStartsWith));
        }
        teams.ifPresent(visible -> {
            where.append(" and ").append(TeamAllocated.visibleTo("f.id"));
            params.put("teams", TeamAllocated.nonEmpty(visible));
        });
        return find(where.append(" order by lower(f.name), f.id").toString(), params);
    }
}
