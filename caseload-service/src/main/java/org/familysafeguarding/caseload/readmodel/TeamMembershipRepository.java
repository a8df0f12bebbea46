package org.familysafeguarding.caseload.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TeamMembershipRepository implements PanacheRepositoryBase<TeamMembership, TeamMembership.Key> {

    public Optional<TeamMembership> of(UUID teamId, UUID practitionerId) {
        return find("teamId = ?1 and practitionerId = ?2", teamId, practitionerId)
                .firstResultOptional();
    }

    /** The teams of the council the practitioner is a member of on the date. */
    public List<TeamMembership> inCouncilOn(UUID practitionerId, String council, LocalDate date) {
        return list("practitionerId = ?1 and councilCode = ?2", practitionerId, council).stream()
                .filter(m -> m.memberOn(date))
                .toList();
    }

    public List<TeamMembership> ofPractitioner(UUID practitionerId) {
        return list("practitionerId", practitionerId);
    }
}
