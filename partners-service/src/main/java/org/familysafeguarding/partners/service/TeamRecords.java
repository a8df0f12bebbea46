package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.domain.team.Team;
import org.familysafeguarding.partners.domain.team.TeamMembership;
import org.familysafeguarding.partners.domain.team.TeamMembershipRepository;
import org.familysafeguarding.partners.domain.team.TeamRepository;
import org.familysafeguarding.partners.domain.team.TeamRuleViolated;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerNotFound;
import org.familysafeguarding.partners.domain.workforce.PractitionerRepository;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;
import org.familysafeguarding.partners.messaging.event.PractitionerJoinedTeam;
import org.familysafeguarding.partners.messaging.event.PractitionerLeftTeam;
import org.familysafeguarding.partners.messaging.event.TeamFormed;

/** Forms teams and keeps their membership; each step is published for caseload-service. */
@ApplicationScoped
public class TeamRecords {

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final PractitionerRepository practitioners;
    private final CouncilRepository councils;
    private final PartnersEvents events;
    private final Clock clock;
    private final PartnersAccess access;

    public TeamRecords(
            TeamRepository teams,
            TeamMembershipRepository memberships,
            PractitionerRepository practitioners,
            CouncilRepository councils,
            PartnersEvents events,
            Clock clock,
            PartnersAccess access) {
        this.access = access;
        this.teams = teams;
        this.memberships = memberships;
        this.practitioners = practitioners;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Team form(
            String councilCode,
            String name,
            UUID managerId,
            Map<PractitionerRole, Integer> limits,
            LocalDate formedOn) {
        councils.findByIdOptional(councilCode).orElseThrow(() -> new CouncilNotFound(councilCode));
        // another council's in-house staff are not this council's to name (as if absent)
        Practitioner manager = practitioners
                .findByIdOptional(managerId)
                .filter(p -> access.seesStaffOf(p.agencyId()))
                .orElseThrow(() -> new PractitionerNotFound(managerId));
        if (manager.role() != PractitionerRole.TEAM_MANAGER) {
            throw new TeamRuleViolated(
                    "manager-not-a-team-manager",
                    "A team's manager must hold the TEAM_MANAGER role, not " + manager.role() + ".");
        }
        Team team = Team.form(councilCode, name, managerId, limits, formedOn, Instant.now(clock));
        teams.persist(team);
        Map<String, Integer> published = new TreeMap<>();
        team.caseloadLimits().forEach((role, limit) -> published.put(role.name(), limit));
        events.publish(new TeamFormed(team.id(), councilCode, managerId, published, formedOn));
        return team;
    }

    @Transactional
    public TeamMembership join(Team team, UUID practitionerId, LocalDate from) {
        Practitioner practitioner = practitioners
                .findByIdOptional(practitionerId)
                .filter(p -> access.seesStaffOf(p.agencyId()))
                .orElseThrow(() -> new PractitionerNotFound(practitionerId));
        if (!practitioner.inPostOn(from)) {
            throw new TeamRuleViolated("not-in-post", "The practitioner is not in post on " + from + ".");
        }
        if (from.isBefore(team.formedOn())) {
            throw new TeamRuleViolated("before-team-formed", "The team was formed on " + team.formedOn() + ".");
        }
        if (memberships.overlapping(team.id(), practitionerId, from)) {
            throw new TeamRuleViolated("already-a-member", "The practitioner is already in this team then.");
        }
        TeamMembership membership = TeamMembership.join(
                team.id(), practitionerId, practitioner.agencyId(), practitioner.role(), practitioner.fte(), from);
        memberships.persist(membership);
        events.publish(new PractitionerJoinedTeam(
                practitionerId,
                team.id(),
                team.councilCode(),
                practitioner.agencyId(),
                practitioner.role().name(),
                from));
        return membership;
    }

    @Transactional
    public TeamMembership leave(Team team, UUID practitionerId, LocalDate on) {
        TeamMembership membership = memberships
                .open(team.id(), practitionerId)
                .orElseThrow(() -> new TeamRuleViolated("not-a-member", "The practitioner is not in this team."));
        membership.leave(on);
        events.publish(new PractitionerLeftTeam(practitionerId, team.id(), team.councilCode(), on));
        return membership;
    }
}
