package org.familysafeguarding.contracts.readmodel;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamMembershipRepository implements PanacheRepositoryBase<TeamMembership, UUID> {

    public Optional<TeamMembership> find(UUID practitionerId, UUID teamId, LocalDate from) {
        return find(
                        "practitionerId = :p and teamId = :t and fromDate = :from",
                        Parameters.with("p", practitionerId).and("t", teamId).and("from", from))
                .firstResultOptional();
    }

    /** The practitioner's latest membership of the team that has no end yet. */
    public Optional<TeamMembership> open(UUID practitionerId, UUID teamId) {
        return find(
                        "practitionerId = :p and teamId = :t and toDate is null",
                        Sort.descending("fromDate"),
                        Parameters.with("p", practitionerId).and("t", teamId))
                .firstResultOptional();
    }
}
