package org.familysafeguarding.caseload.domain.nhs;

import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.domain.family.TeamAllocated;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AccessNotificationRepository implements PanacheRepositoryBase<AccessNotification, UUID> {

    /** A child's notifications, latest first. */
    public PanacheQuery<AccessNotification> ofChild(UUID childId) {
        return find("childId", Sort.descending("accessedAt").and("id"), childId);
    }

    /** The council's notifications, latest first; with teams, only of families the caller's teams may see. */
    public PanacheQuery<AccessNotification> ofCouncil(String councilCode, Optional<Set<UUID>> teams) {
        var where = new StringBuilder("from AccessNotification n where n.councilCode = :council");
        var params = new HashMap<String, Object>();
        params.put("council", councilCode);
        teams.ifPresent(visible -> {
            where.append(" and ").append(TeamAllocated.visibleTo("n.familyId"));
            params.put("teams", TeamAllocated.nonEmpty(visible));
        });
        return find(where.append(" order by n.accessedAt desc, n.id").toString(), params);
    }
}
