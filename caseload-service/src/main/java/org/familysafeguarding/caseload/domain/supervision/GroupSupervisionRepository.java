package org.familysafeguarding.caseload.domain.supervision;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GroupSupervisionRepository implements PanacheRepositoryBase<GroupSupervision, UUID> {

    /**
     * The council's sessions, optionally of one team, latest first.
     *
     * @param teams the teams the caller may see, or null for all of the council's
     */
    public PanacheQuery<GroupSupervision> ofCouncil(String council, UUID teamId, Set<UUID> teams) {
        var where = new StringBuilder("councilCode = :council");
        var params = Parameters.with("council", council);
        if (teamId != null) {
            where.append(" and teamId = :team");
            params.and("team", teamId);
        }
        if (teams != null) {
            where.append(" and teamId in :teams");
            params.and("teams", teams);
        }
        return find(where.toString(), Sort.descending("sessionDate").and("id"), params);
    }

    /** The council the team belongs to, from the read model of partners-service's teams. */
    public Optional<String> councilOfTeam(UUID teamId) {
        return getEntityManager()
                .createNativeQuery("select council_code from team where id = :team", String.class)
                .setParameter("team", teamId)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .findFirst();
    }

    /** The login of the team's manager, when the read models know both. */
    public Optional<String> managerLoginOfTeam(UUID teamId) {
        return getEntityManager()
                .createNativeQuery("""
                select p.login from team t join practitioner p on p.id = t.manager_practitioner_id
                where t.id = :team and p.login is not null""", String.class)
                .setParameter("team", teamId)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .findFirst();
    }
}
