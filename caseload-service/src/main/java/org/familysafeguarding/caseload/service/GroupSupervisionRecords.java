package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.allocation.AllocationRepository;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.FamilyRepository;
import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.caseload.domain.supervision.ActionStatus;
import org.familysafeguarding.caseload.domain.supervision.FamilyDiscussed;
import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;
import org.familysafeguarding.caseload.domain.supervision.GroupSupervisionRepository;
import org.familysafeguarding.caseload.domain.supervision.SupervisionAction;
import org.familysafeguarding.caseload.domain.supervision.SupervisionActionRepository;
import org.familysafeguarding.caseload.domain.supervision.SupervisionRuleViolated;
import org.familysafeguarding.caseload.messaging.event.GroupSupervisionAgreed;
import org.familysafeguarding.caseload.readmodel.PractitionerRepository;
import org.familysafeguarding.caseload.readmodel.TeamMembershipRepository;
import org.familysafeguarding.caseload.readmodel.TeamRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.panache.common.Page;

/**
 * Group supervision of the council's teams: sessions, their agreement by the team manager, and the
 * actions agreed, with the view of those overdue. Social workers and team managers reach the sessions
 * of the teams they are in or manage; partnership admins all of the council's. Sessions discuss
 * families, so every read or change is audited.
 */
@ApplicationScoped
public class GroupSupervisionRecords {

    static final String SESSION = "group-supervision";
    static final String ACTION = "group-supervision-action";

    public record Session(GroupSupervision session, List<SupervisionAction> actions) {}

    private final GroupSupervisionRepository sessions;
    private final SupervisionActionRepository actions;
    private final FamilyRepository families;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Caller caller;
    private final CaseloadEvents events;
    private final Clock clock;
    private final TeamMembershipRepository memberships;
    private final TeamRepository teams;
    private final PractitionerRepository practitioners;
    private final AllocationRepository allocations;

    public GroupSupervisionRecords(
            GroupSupervisionRepository sessions,
            SupervisionActionRepository actions,
            FamilyRepository families,
            CaseloadAccess scope,
            AuditTrail audit,
            Caller caller,
            CaseloadEvents events,
            Clock clock,
            TeamMembershipRepository memberships,
            TeamRepository teams,
            PractitionerRepository practitioners,
            AllocationRepository allocations) {
        this.memberships = memberships;
        this.teams = teams;
        this.practitioners = practitioners;
        this.allocations = allocations;
        this.sessions = sessions;
        this.actions = actions;
        this.families = families;
        this.scope = scope;
        this.audit = audit;
        this.caller = caller;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Session record(GroupSupervision.Record record) {
        String council = scope.council();
        requireTeamOfCouncil(record.teamId(), council);
        requireInTeam(record.teamId());
        record.families()
                .forEach(f -> scope.require(
                        families.findById(f.familyId()),
                        "family",
                        f.familyId(),
                        Family::councilCode,
                        x -> null,
                        AuditAction.CREATE));
        requirePeople(record, council);
        GroupSupervision.Recorded recorded =
                GroupSupervision.record(council, record, caller.username(), LocalDate.now(clock), Instant.now(clock));
        sessions.persist(recorded.session());
        recorded.actions().forEach(actions::persist);
        audit.record(AuditAction.CREATE, SESSION, recorded.session().id().toString(), null);
        return new Session(recorded.session(), recorded.actions());
    }

    /** Corrects the session before it is agreed; its actions are replaced by those sent. */
    @Transactional
    public Session correct(UUID id, String ifMatch, GroupSupervision.Record record) {
        GroupSupervision session = session(id, AuditAction.UPDATE);
        Versions.requireMatch(ifMatch, session.version());
        record.families()
                .forEach(f -> scope.require(
                        families.findById(f.familyId()),
                        "family",
                        f.familyId(),
                        Family::councilCode,
                        x -> null,
                        AuditAction.UPDATE));
        requirePeople(
                new GroupSupervision.Record(
                        session.teamId(),
                        record.sessionDate(),
                        record.attendees(),
                        record.families(),
                        record.actions()),
                session.councilCode());
        List<SupervisionAction> replacement = session.correct(record, LocalDate.now(clock), Instant.now(clock));
        actions.delete("sessionId", id);
        replacement.forEach(actions::persist);
        sessions.flush();
        audit.record(AuditAction.UPDATE, SESSION, id.toString(), null);
        return new Session(session, replacement);
    }

    @Transactional
    public Session read(UUID id) {
        GroupSupervision session = session(id, AuditAction.READ);
        audit.record(AuditAction.READ, SESSION, id.toString(), null);
        return new Session(session, actions.ofSession(id));
    }

    @Transactional
    public PageResponse<GroupSupervision> list(UUID teamId, int page, int size) {
        String council = scope.council();
        Set<UUID> teams = scope.teamFilter().orElse(null);
        if (teams != null && teams.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        var query = sessions.ofCouncil(council, teamId, teams).page(Page.of(page, size));
        List<GroupSupervision> found = query.list();
        audit.recordAll(
                AuditAction.SEARCH,
                SESSION,
                found.stream()
                        .map(s -> new AuditTrail.Accessed(s.id().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    /** The team's manager agrees the record; when the read models name the team's manager, only they may. */
    @Transactional
    public Session agree(UUID id, String ifMatch) {
        GroupSupervision session = session(id, AuditAction.UPDATE);
        // the caller is the team's manager only as the practitioner their token may act as (not by login alone)
        sessions.managerLoginOfTeam(session.teamId())
                .filter(login -> scope.practitioner()
                        .map(me -> !login.equals(me.login()))
                        .orElse(true))
                .ifPresent(login -> {
                    throw SupervisionRuleViolated.forbidden(
                            "not-the-teams-manager", "Only the team's own manager agrees its group supervision.");
                });
        Versions.requireMatch(ifMatch, session.version());
        session.agree(caller.username(), Instant.now(clock));
        sessions.flush();
        audit.record(AuditAction.UPDATE, SESSION, id.toString(), null);
        List<SupervisionAction> agreed = actions.ofSession(id);
        events.publish(GroupSupervisionAgreed.of(session, agreed.size()));
        return new Session(session, agreed);
    }

    @Transactional
    public SupervisionAction changeActionStatus(UUID sessionId, UUID actionId, String ifMatch, ActionStatus status) {
        GroupSupervision session = session(sessionId, AuditAction.UPDATE);
        if (!session.agreed()) {
            throw new SupervisionRuleViolated(
                    "session-not-agreed", "Actions are worked once the team manager has agreed the session.");
        }
        SupervisionAction action = actions.findByIdOptional(actionId)
                .filter(a -> a.sessionId().equals(sessionId))
                .orElseThrow(() -> new RecordNotFound(ACTION, actionId));
        Versions.requireMatch(ifMatch, action.version());
        action.changeStatus(status, caller.username(), Instant.now(clock));
        actions.flush();
        audit.record(AuditAction.UPDATE, ACTION, actionId.toString(), null);
        return action;
    }

    @Transactional
    public PageResponse<SupervisionAction> overdue(UUID teamId, UUID ownerId, int page, int size) {
        String council = scope.council();
        Set<UUID> teams = scope.teamFilter().orElse(null);
        if (teams != null && teams.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        var query = actions.overdue(council, teamId, ownerId, teams, LocalDate.now(clock))
                .page(Page.of(page, size));
        List<SupervisionAction> found = query.list();
        auditShown(found);
        return new PageResponse<>(found, page, size, query.count());
    }

    /** The open actions the caller owns, found through the practitioner their login names; none without one. */
    @Transactional
    public PageResponse<SupervisionAction> mine(int page, int size) {
        var me = scope.practitioner();
        if (me.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        var query = actions.openOwnedBy(me.get().id(), scope.councilsOpenToMe()).page(Page.of(page, size));
        List<SupervisionAction> found = query.list();
        auditShown(found);
        return new PageResponse<>(found, page, size, query.count());
    }

    /** A session of the caller's council and, for social workers and team managers, of one of their teams. */
    private GroupSupervision session(UUID id, AuditAction action) {
        GroupSupervision session =
                scope.require(sessions.findById(id), SESSION, id, GroupSupervision::councilCode, s -> null, action);
        if (scope.teamFilter().map(teams -> !teams.contains(session.teamId())).orElse(false)) {
            audit.recordDenied(action, SESSION, id.toString(), null);
            throw new RecordNotFound(SESSION, id);
        }
        return session;
    }

    /**
     * Everyone named in a session must have a place in it: attendees and action owners are members of
     * the team on the session date or its manager, or practitioners allocated in a family discussed (for
     * an action, in that action's family) whose agency may work in the council that day. Any other id
     * is refused (422), so an action (with what it says of a family) cannot be sent to someone who may
     * not see the family.
     */
    private void requirePeople(GroupSupervision.Record record, String council) {
        Set<UUID> discussed =
                record.families().stream().map(FamilyDiscussed::familyId).collect(java.util.stream.Collectors.toSet());
        record.attendees().forEach(a -> requirePlace(a.practitionerId(), "attendees", record, council, discussed));
        record.actions().forEach(a -> requirePlace(a.ownerId(), "actions", record, council, Set.of(a.familyId())));
    }

    private void requirePlace(
            UUID practitionerId, String field, GroupSupervision.Record record, String council, Set<UUID> families) {
        if (practitionerId == null) {
            return; // Bean Validation names the missing id
        }
        LocalDate on = record.sessionDate();
        boolean member = memberships
                        .of(record.teamId(), practitionerId)
                        .filter(m -> m.memberOn(on))
                        .isPresent()
                || teams.findByIdOptional(record.teamId())
                        .map(t -> practitionerId.equals(t.managerPractitionerId()))
                        .orElse(false);
        boolean allocated = !member
                && practitioners
                        .findByIdOptional(practitionerId)
                        .filter(p -> scope.mayWorkIn(p, council, on))
                        .isPresent()
                && families.stream().anyMatch(f -> allocations.anyOpenInFamily(practitionerId, f));
        if (!member && !allocated) {
            throw new SupervisionRuleViolated(
                    "not-in-team-or-family",
                    field + ": practitioner " + practitionerId
                            + " is neither in the team on the session date nor allocated in the family under a live agreement.");
        }
    }

    private void requireInTeam(UUID teamId) {
        if (scope.teamFilter().map(teams -> !teams.contains(teamId)).orElse(false)) {
            throw SupervisionRuleViolated.forbidden(
                    "not-in-team", "Only the team's members and its manager record its group supervision.");
        }
    }

    /** A team of another council answers as absent; so does one partners-service has not told us of. */
    private void requireTeamOfCouncil(UUID teamId, String council) {
        if (!sessions.councilOfTeam(teamId).map(council::equals).orElse(false)) {
            throw new RecordNotFound("team", teamId);
        }
    }

    /** Each action a search shows is an entry of its own. */
    private void auditShown(List<SupervisionAction> found) {
        audit.recordAll(
                AuditAction.SEARCH,
                ACTION,
                found.stream()
                        .map(a -> new AuditTrail.Accessed(a.id().toString(), null))
                        .toList());
    }
}
