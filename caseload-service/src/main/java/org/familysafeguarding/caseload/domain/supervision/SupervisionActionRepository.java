package org.familysafeguarding.caseload.domain.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SupervisionActionRepository implements PanacheRepositoryBase<SupervisionAction, UUID> {

    public List<SupervisionAction> ofSession(UUID sessionId) {
        return list("sessionId", Sort.by("dueDate").and("id"), sessionId);
    }

    /**
     * The council's open actions past their due date, optionally of one team or owner, oldest due first.
     *
     * @param teams the teams the caller may see, or null for all of the council's
     */
    public PanacheQuery<SupervisionAction> overdue(
            String council, UUID teamId, UUID ownerId, Set<UUID> teams, LocalDate today) {
        var where = new StringBuilder("councilCode = :council and status = :open and dueDate < :today");
        var params = Parameters.with("council", council)
                .and("open", ActionStatus.OPEN)
                .and("today", today);
        if (teamId != null) {
            where.append(" and teamId = :team");
            params.and("team", teamId);
        }
        if (ownerId != null) {
            where.append(" and ownerId = :owner");
            params.and("owner", ownerId);
        }
        if (teams != null) {
            where.append(" and teamId in :teams");
            params.and("teams", teams);
        }
        return find(where.toString(), Sort.by("dueDate").and("id"), params);
    }

    /** The open actions a practitioner owns, in any council, soonest due first. */
    /** The owner's open actions in these councils (those whose records the owner may reach today). */
    public PanacheQuery<SupervisionAction> openOwnedBy(UUID ownerId, java.util.Collection<String> councils) {
        java.util.Collection<String> open = councils.isEmpty() ? java.util.List.of("") : councils;
        return find(
                "ownerId = ?1 and status = ?2 and councilCode in ?3",
                Sort.by("dueDate").and("id"),
                ownerId,
                ActionStatus.OPEN,
                open);
    }
}
