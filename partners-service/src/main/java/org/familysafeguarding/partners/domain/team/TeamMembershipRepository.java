package org.familysafeguarding.partners.domain.team;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamMembershipRepository implements PanacheRepositoryBase<TeamMembership, UUID> {

    public List<TeamMembership> ofTeam(UUID teamId) {
        return list("teamId", Sort.by("joinedOn").and("id"), teamId);
    }

    /** Memberships of this practitioner in this team that overlap the period from {@code from} on. */
    public boolean overlapping(UUID teamId, UUID practitionerId, LocalDate from) {
        return count(
                        "teamId = ?1 and practitionerId = ?2 and (leftOn is null or leftOn >= ?3)",
                        teamId,
                        practitionerId,
                        from)
                > 0;
    }

    public java.util.Optional<TeamMembership> open(UUID teamId, UUID practitionerId) {
        return find("teamId = ?1 and practitionerId = ?2 and leftOn is null", teamId, practitionerId)
                .firstResultOptional();
    }
}
