package org.familysafeguarding.partners.domain.team;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    public PanacheQuery<Team> ofCouncil(String councilCode, String nameContains) {
        if (nameContains == null || nameContains.isBlank()) {
            return find("councilCode", Sort.by("name").and("id"), councilCode);
        }
        return find(
                "councilCode = ?1 and lower(name) like ?2",
                Sort.by("name").and("id"),
                councilCode,
                "%" + nameContains.strip().toLowerCase() + "%");
    }
}
