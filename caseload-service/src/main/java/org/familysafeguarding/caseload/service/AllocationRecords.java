package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.allocation.AllocationCheck;
import org.familysafeguarding.caseload.domain.allocation.AllocationRefused;
import org.familysafeguarding.caseload.domain.allocation.AllocationRepository;
import org.familysafeguarding.caseload.domain.allocation.Specialism;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.FamilyRepository;
import org.familysafeguarding.caseload.readmodel.CommissionRepository;
import org.familysafeguarding.caseload.readmodel.InformationSharingAgreementRepository;
import org.familysafeguarding.caseload.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.caseload.readmodel.PractitionerRepository;
import org.familysafeguarding.caseload.readmodel.Team;
import org.familysafeguarding.caseload.readmodel.TeamMembership;
import org.familysafeguarding.caseload.readmodel.TeamMembershipRepository;
import org.familysafeguarding.caseload.readmodel.TeamRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.security.Roles;

/**
 * Allocations of families to teams and lead social workers, and of adults to practitioners: made,
 * read, ended and reallocated by the council's team managers and the team's social workers.
 */
@ApplicationScoped
public class AllocationRecords {

    /** A change to an allocation: the practitioner (and for a family, the team) to take over, from when and why. */
    public record Handover(UUID practitionerId, UUID teamId, LocalDate on, String reason) {}

    private final AllocationRepository allocations;
    private final FamilyRepository families;
    private final AdultRepository adults;
    private final PractitionerRepository practitioners;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final CommissionRepository commissions;
    private final InformationSharingAgreementRepository agreements;
    private final PartnerAgencyRepository agencies;
    private final CaseloadAccess scope;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public AllocationRecords(
            AllocationRepository allocations,
            FamilyRepository families,
            AdultRepository adults,
            PractitionerRepository practitioners,
            TeamRepository teams,
            TeamMembershipRepository memberships,
            CommissionRepository commissions,
            InformationSharingAgreementRepository agreements,
            PartnerAgencyRepository agencies,
            CaseloadAccess scope,
            Caller caller,
            AuditTrail audit,
            Clock clock) {
        this.allocations = allocations;
        this.families = families;
        this.adults = adults;
        this.practitioners = practitioners;
        this.teams = teams;
        this.memberships = memberships;
        this.commissions = commissions;
        this.agreements = agreements;
        this.agencies = agencies;
        this.scope = scope;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Allocation allocateFamily(UUID familyId, UUID teamId, UUID practitionerId, LocalDate from) {
        Family family = scope.require(
                families.findById(familyId, LockModeType.PESSIMISTIC_WRITE),
                "family",
                familyId,
                Family::councilCode,
                f -> null,
                AuditAction.UPDATE);
        allocations.openLeadOf(familyId).ifPresent(open -> {
            throw new AllocationRefused(
                    "already-allocated",
                    "The family is allocated to team " + open.teamId() + "; reallocate that allocation instead.");
        });
        Allocation allocation = newFamilyAllocation(family, teamId, practitionerId, day(from));
        allocations.persist(allocation);
        audit.record(AuditAction.CREATE, "allocation", allocation.id().toString(), null);
        return allocation;
    }

    @Transactional
    public Allocation allocateAdult(UUID adultId, Specialism specialism, UUID practitionerId, LocalDate from) {
        Adult adult = scope.require(
                adults.lockedById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.UPDATE);
        allocations.openFor(adultId, specialism).ifPresent(open -> {
            throw new AllocationRefused(
                    "already-allocated",
                    "The adult is allocated for " + specialism + " to practitioner " + open.practitionerId()
                            + "; reallocate that allocation instead.");
        });
        Allocation allocation = newAdultAllocation(adult, specialism, practitionerId, day(from));
        allocations.persist(allocation);
        audit.record(AuditAction.CREATE, "allocation", allocation.id().toString(), null);
        return allocation;
    }

    /** Ends the allocation and starts the new one on the same day; the old stays as history, naming its successor. */
    @Transactional
    public Allocation reallocate(UUID allocationId, String ifMatch, Handover handover) {
        Allocation current = allocation(allocationId, AuditAction.UPDATE);
        Versions.requireMatch(ifMatch, current.version());
        if (!current.open()) {
            throw new AllocationRefused("allocation-already-ended", "The allocation ended on " + current.to() + ".");
        }
        LocalDate on = day(handover.on());
        Allocation successor;
        if (current.specialism().adultFacing()) {
            Adult adult = adults.lockedById(current.adultId());
            successor = newAdultAllocation(adult, current.specialism(), handover.practitionerId(), on);
        } else {
            Family family = families.findById(current.familyId(), LockModeType.PESSIMISTIC_WRITE);
            UUID team = handover.teamId() == null ? current.teamId() : handover.teamId();
            successor = newFamilyAllocation(family, team, handover.practitionerId(), on);
        }
        current.replaceWith(successor, handover.reason(), LocalDate.now(clock), Instant.now(clock));
        // the old allocation must be closed in the database before its successor is the open one
        allocations.flush();
        allocations.persist(successor);
        audit.record(AuditAction.UPDATE, "allocation", current.id().toString(), null);
        audit.record(AuditAction.CREATE, "allocation", successor.id().toString(), null);
        return successor;
    }

    @Transactional
    public Allocation end(UUID allocationId, String ifMatch, LocalDate on, String reason) {
        Allocation allocation = allocation(allocationId, AuditAction.UPDATE);
        Versions.requireMatch(ifMatch, allocation.version());
        if (!allocation.specialism().adultFacing()) {
            mayAllocateIn(allocation.teamId());
        }
        allocation.end(day(on), reason, LocalDate.now(clock), Instant.now(clock));
        audit.record(AuditAction.UPDATE, "allocation", allocationId.toString(), null);
        return allocation;
    }

    @Transactional
    public Allocation read(UUID allocationId) {
        Allocation allocation = allocation(allocationId, AuditAction.READ);
        audit.record(AuditAction.READ, "allocation", allocationId.toString(), null);
        return allocation;
    }

    /** The family's allocations and its adults', newest first. */
    @Transactional
    public List<Allocation> ofFamily(UUID familyId) {
        scope.require(
                families.findById(familyId), "family", familyId, Family::councilCode, f -> null, AuditAction.READ);
        audit.record(AuditAction.READ, "family", familyId.toString(), null);
        return allocations.ofFamily(familyId);
    }

    @Transactional
    public List<Allocation> ofAdult(UUID adultId) {
        scope.require(adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        audit.record(AuditAction.READ, "adult", adultId.toString(), null);
        List<Allocation> found = allocations.ofAdult(adultId);
        if (scope.practitionerOnly()) {
            UUID me = scope.practitioner().map(Practitioner::id).orElse(null);
            return found.stream().filter(a -> a.practitionerId().equals(me)).toList();
        }
        return found;
    }

    /**
     * The caller's own open allocations, as the practitioner their login names, in the councils whose
     * records they may reach today (an ended agreement ends the list too).
     */
    @Transactional
    public List<Allocation> mine() {
        List<Allocation> mine = scope.practitioner()
                .map(me -> allocations.openOfPractitioner(me.id(), scope.councilsOpenToMe()))
                .orElse(List.of());
        audit.recordAll(
                AuditAction.READ,
                "allocation",
                mine.stream()
                        .map(a -> new AuditTrail.Accessed(a.id().toString(), null))
                        .toList());
        return mine;
    }

    private Allocation allocation(UUID id, AuditAction action) {
        return scope.require(allocations.findById(id), "allocation", id, Allocation::councilCode, a -> null, action);
    }

    private Allocation newFamilyAllocation(Family family, UUID teamId, UUID practitionerId, LocalDate from) {
        Team team = teams.findByIdOptional(teamId)
                .filter(t -> t.councilCode().equals(family.councilCode()))
                .orElseThrow(() -> new AllocationRefused(
                        "unknown-team", "No team " + teamId + " in council " + family.councilCode() + "."));
        mayAllocateIn(team.id());
        Practitioner lead = practitioner(practitionerId);
        boolean inTeam = memberships
                .of(team.id(), lead.id())
                .filter(m -> m.memberOn(from))
                .isPresent();
        check(
                Specialism.LEAD_SOCIAL_WORK,
                family.councilCode(),
                from,
                lead,
                inTeam ? Optional.of(team) : Optional.empty());
        return Allocation.ofFamily(
                family, team.id(), lead, from, caller.username(), LocalDate.now(clock), Instant.now(clock));
    }

    private Allocation newAdultAllocation(Adult adult, Specialism specialism, UUID practitionerId, LocalDate from) {
        if (!specialism.adultFacing()) {
            throw new AllocationRefused(
                    "not-an-adult-specialism",
                    "Lead social work is the family's allocation; allocate the family instead.");
        }
        Practitioner practitioner = practitioner(practitionerId);
        List<TeamMembership> inCouncil = memberships.inCouncilOn(practitioner.id(), adult.councilCode(), from);
        // in the family's team, if they are in it; else the first team of the council they are in
        Optional<UUID> familyTeam = allocations.openLeadOf(adult.familyId()).map(Allocation::teamId);
        List<UUID> teamIds = inCouncil.stream().map(TeamMembership::teamId).toList();
        Optional<Team> team = familyTeam
                .filter(teamIds::contains)
                .or(() -> teamIds.stream().findFirst())
                .flatMap(teams::findByIdOptional);
        check(specialism, adult.councilCode(), from, practitioner, team);
        return Allocation.ofAdult(
                adult,
                specialism,
                team.get().id(),
                practitioner,
                from,
                caller.username(),
                LocalDate.now(clock),
                Instant.now(clock));
    }

    private void check(
            Specialism specialism, String council, LocalDate on, Practitioner practitioner, Optional<Team> team) {
        boolean inHouse = agencies.findByIdOptional(practitioner.agencyId())
                .filter(a -> a.inHouseOf(council))
                .isPresent();
        boolean commissioned = specialism
                .commissionedService()
                .map(service -> commissions.commission(practitioner.agencyId(), service, council, on))
                .orElse(false);
        boolean sharing = agreements.cover(practitioner.agencyId(), council, on);
        new AllocationCheck(
                        specialism,
                        council,
                        on,
                        practitioner,
                        inHouse,
                        team,
                        commissioned,
                        sharing,
                        allocations.openOf(practitioner.id()))
                .enforce();
    }

    /** Locked, so that two allocations to one practitioner cannot both pass the caseload limit. */
    private Practitioner practitioner(UUID id) {
        Practitioner practitioner = practitioners.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (practitioner == null) {
            throw new AllocationRefused("unknown-practitioner", "No practitioner " + id + " is known here.");
        }
        return practitioner;
    }

    /**
     * Team managers allocate to any team of their council; a social worker only to a team they are
     * a member of (or, for an adult, within the family their team holds, which the scope has checked).
     */
    private void mayAllocateIn(UUID teamId) {
        if (teamId == null || caller.hasRole(Roles.TEAM_MANAGER)) {
            return;
        }
        if (!scope.teams().contains(teamId)) {
            audit.recordDenied(AuditAction.UPDATE, "team-allocation", teamId.toString(), null);
            throw new CaseworkRefused(
                    "not-a-member-of-the-team",
                    "A social worker allocates within their own team; ask a team manager to allocate to team " + teamId
                            + ".");
        }
    }

    private LocalDate day(LocalDate requested) {
        return requested == null ? LocalDate.now(clock) : requested;
    }
}
