package org.familysafeguarding.contracts.readmodel;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerState;
import org.familysafeguarding.contracts.messaging.inbound.TeamFormed;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/** Keeps the partner workforce in post (practitioners, teams, memberships) from partners-service's events. */
@ApplicationScoped
public class WorkforceDirectory {

    private final PractitionerRepository practitioners;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final Clock clock;

    public WorkforceDirectory(
            PractitionerRepository practitioners,
            TeamRepository teams,
            TeamMembershipRepository memberships,
            Clock clock) {
        this.practitioners = practitioners;
        this.teams = teams;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerState event) {
        if (event.practitionerId() == null
                || event.agencyId() == null
                || event.role() == null
                || event.fte() == null
                || event.startDate() == null) {
            throw new UnreadableEvent("practitioner event lacks practitionerId, agencyId, role, fte or startDate");
        }
        Instant now = Instant.now(clock);
        var known = practitioners.findByIdOptional(event.practitionerId());
        Practitioner practitioner = known.orElseGet(() -> Practitioner.of(event.practitionerId()));
        practitioner.follow(event.agencyId(), event.role(), event.fte(), event.startDate(), event.endDate(), now);
        if (known.isEmpty()) {
            practitioners.persist(practitioner);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TeamFormed event) {
        if (event.teamId() == null || event.councilCode() == null || event.formedOn() == null) {
            throw new UnreadableEvent("team-formed event lacks teamId, councilCode or formedOn");
        }
        if (teams.findByIdOptional(event.teamId()).isEmpty()) {
            teams.persist(Team.formed(event.teamId(), event.councilCode(), event.formedOn(), Instant.now(clock)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerJoinedTeam event) {
        if (event.practitionerId() == null || event.teamId() == null || event.from() == null) {
            throw new UnreadableEvent("practitioner-joined-team event lacks practitionerId, teamId or from");
        }
        String council = event.councilCode() != null
                ? event.councilCode()
                : teams.findByIdOptional(event.teamId())
                        .map(Team::councilCode)
                        .orElseThrow(() -> new UnreadableEvent(
                                "practitioner-joined-team names neither a council " + "nor a team known here"));
        if (memberships
                .find(event.practitionerId(), event.teamId(), event.from())
                .isEmpty()) {
            memberships.persist(TeamMembership.joined(
                    event.practitionerId(), event.teamId(), council, event.from(), Instant.now(clock)));
        }
    }

    /** Closes the open membership; a leave with none open (already closed, or never seen) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerLeftTeam event) {
        if (event.practitionerId() == null || event.teamId() == null || event.to() == null) {
            throw new UnreadableEvent("practitioner-left-team event lacks practitionerId, teamId or to");
        }
        memberships.open(event.practitionerId(), event.teamId()).ifPresent(m -> m.left(event.to(), Instant.now(clock)));
    }
}
