package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.allocation.AllocationRepository;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.caseload.domain.intervention.Intervention;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;
import org.familysafeguarding.caseload.readmodel.InformationSharingAgreementRepository;
import org.familysafeguarding.caseload.readmodel.PartnerAgency;
import org.familysafeguarding.caseload.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.caseload.readmodel.PractitionerRepository;
import org.familysafeguarding.caseload.readmodel.TeamMembership;
import org.familysafeguarding.caseload.readmodel.TeamMembershipRepository;
import org.familysafeguarding.caseload.readmodel.TeamRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.problem.DomainProblem;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.security.Roles;

/**
 * The one place that decides whose person records a caller may see. A record the caller may not
 * see answers as absent (404), and the refused attempt is audited.
 * <ul>
 * <li>Council staff see their own council's records only (the {@code council} claim).</li>
 * <li>Social workers and team managers see the families allocated to a team they are a member of
 * or manage, and every family of their council not allocated to a team (the front door), with
 * everything recorded about those families.</li>
 * <li>Partnership admins see all of their council's records.</li>
 * <li>A practitioner sees only the adults allocated to them (an open allocation), found through
 * the practitioner whose {@code login} is the token's {@code preferred_username}, and only while a
 * live information-sharing agreement covers their agency in the record's council (in-house staff
 * of the council need none).</li>
 * </ul>
 */
@RequestScoped
public class CaseloadAccess {

    private final Caller caller;
    private final AuditTrail audit;
    private final PractitionerRepository practitioners;
    private final TeamMembershipRepository memberships;
    private final TeamRepository teams;
    private final AllocationRepository allocations;
    private final ChildRepository children;
    private final InformationSharingAgreementRepository agreements;
    private final PartnerAgencyRepository agencies;
    private final Clock clock;
    private Optional<Practitioner> linked;
    private Set<UUID> callerTeams;
    /** Whether the caller's agency may see each council's records today, asked once per council a request. */
    private final Map<String, Boolean> sharing = new HashMap<>();

    public CaseloadAccess(
            Caller caller,
            AuditTrail audit,
            PractitionerRepository practitioners,
            TeamMembershipRepository memberships,
            TeamRepository teams,
            AllocationRepository allocations,
            ChildRepository children,
            InformationSharingAgreementRepository agreements,
            PartnerAgencyRepository agencies,
            Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.practitioners = practitioners;
        this.memberships = memberships;
        this.teams = teams;
        this.allocations = allocations;
        this.children = children;
        this.agreements = agreements;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The caller's council; staff without one have no family records here. */
    public String council() {
        return caller.council().orElseThrow(NoCouncil::new);
    }

    /**
     * The practitioner the caller's login names, if partners-service registered one and the token works
     * where that practitioner works: agency staff for the practitioner's own agency (the {@code agency}
     * claim), council staff for their council's in-house team (the {@code council} claim). A login alone
     * is never enough: whoever can change a login in partners-service must not be able to hand one
     * organisation's allocations to another's user.
     */
    public Optional<Practitioner> practitioner() {
        if (linked == null) {
            Optional<Practitioner> named = practitioners.byLogin(caller.username());
            linked = named.filter(this::worksWhereTokenSays);
            if (linked.isEmpty() && named.isPresent()) {
                audit.recordDenied(AuditAction.READ, "practitioner-login", caller.username(), null);
            }
        }
        return linked;
    }

    private boolean worksWhereTokenSays(Practitioner practitioner) {
        Optional<UUID> agency = caller.agency();
        if (agency.isPresent()) {
            return agency.get().equals(practitioner.agencyId());
        }
        return caller.council()
                .flatMap(council ->
                        agencies.findByIdOptional(practitioner.agencyId()).filter(a -> a.inHouseOf(council)))
                .isPresent();
    }

    /** The caller acts as an adult-facing practitioner only, not as council social-care staff. */
    public boolean practitionerOnly() {
        return caller.hasRole(Roles.PRACTITIONER)
                && !caller.hasRole(Roles.SOCIAL_WORKER)
                && !caller.hasRole(Roles.TEAM_MANAGER)
                && !caller.hasRole(Roles.PARTNERSHIP_ADMIN);
    }

    /**
     * The teams whose families a social worker or team manager sees besides unallocated ones; empty
     * when the caller sees every family of the council (partnership admins).
     */
    public Optional<Set<UUID>> teamFilter() {
        if (caller.hasRole(Roles.PARTNERSHIP_ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(teams());
    }

    /** The teams the caller is a member of today, or manages. */
    public Set<UUID> teams() {
        if (callerTeams == null) {
            callerTeams = new HashSet<>();
            practitioner().ifPresent(me -> {
                LocalDate today = LocalDate.now(clock);
                memberships.ofPractitioner(me.id()).stream()
                        .filter(m -> m.memberOn(today))
                        .map(TeamMembership::teamId)
                        .forEach(callerTeams::add);
                teams.list("managerPractitionerId", me.id()).forEach(team -> callerTeams.add(team.id()));
            });
        }
        return callerTeams;
    }

    /**
     * Checks the caller may see a found record, by its council, and by its family's allocation.
     *
     * @param councilOf the record's council
     * @param childOf the child the record concerns, for the audit and to find its family; may return null
     */
    public <T> T require(
            T record,
            String recordType,
            UUID id,
            Function<T, String> councilOf,
            Function<T, UUID> childOf,
            AuditAction action) {
        if (record == null) {
            throw new RecordNotFound(recordType, id);
        }
        UUID child = childOf.apply(record);
        if (!allowed(record, councilOf.apply(record), child)) {
            audit.recordDenied(action, recordType, id.toString(), child == null ? null : child.toString());
            throw new RecordNotFound(recordType, id);
        }
        return record;
    }

    private boolean allowed(Object record, String council, UUID child) {
        if (practitionerOnly()) {
            return practitionerMaySee(record) && sharesWith(council);
        }
        if (!caller.worksForCouncil(council)) {
            return false;
        }
        return teamFilter()
                .map(mine -> teamMaySee(familyOf(record, child), mine))
                .orElse(true);
    }

    /** An adult allocated to the practitioner, their allocations with that adult, and their own or shared interventions. */
    private boolean practitionerMaySee(Object record) {
        Optional<Practitioner> me = practitioner();
        if (me.isEmpty()) {
            return false;
        }
        UUID mine = me.get().id();
        return switch (record) {
            case Adult adult -> allocations.anyOpenWith(mine, adult.id());
            case Allocation allocation -> allocation.practitionerId().equals(mine);
            case Intervention intervention ->
                allocations.anyOpenWith(mine, intervention.adultId())
                        && (intervention.practitionerId().equals(mine) || intervention.notesShared());
            default -> false;
        };
    }

    /**
     * A partner agency's practitioner reaches a council's records only while a live information-sharing
     * agreement covers their agency in that council; the council's own in-house staff need none.
     */
    private boolean sharesWith(String council) {
        return sharing.computeIfAbsent(
                council,
                c -> practitioner()
                        .map(me -> agencies.findByIdOptional(me.agencyId())
                                        .filter(a -> a.inHouseOf(c))
                                        .isPresent()
                                || agreements.cover(me.agencyId(), c, LocalDate.now(clock)))
                        .orElse(false));
    }

    /**
     * The councils whose records the caller, as the practitioner their login names, may reach today:
     * their own council for its in-house staff, else the councils whose live agreement covers their
     * agency. Lists by caller ("mine") are kept to these, like every record.
     */
    public Set<String> councilsOpenToMe() {
        Optional<Practitioner> me = practitioner();
        if (me.isEmpty()) {
            return Set.of();
        }
        Set<String> open = new HashSet<>();
        agencies.findByIdOptional(me.get().agencyId())
                .map(PartnerAgency::councilCode)
                .filter(c -> c != null)
                .ifPresent(open::add);
        agreements.councilsCovering(me.get().agencyId(), LocalDate.now(clock)).forEach(open::add);
        return open;
    }

    /**
     * Whether a practitioner may work on a council's records on a date: the council's own in-house staff,
     * or an agency a live information-sharing agreement covers there.
     */
    public boolean mayWorkIn(Practitioner practitioner, String council, LocalDate on) {
        return agencies.findByIdOptional(practitioner.agencyId())
                        .filter(a -> a.inHouseOf(council))
                        .isPresent()
                || agreements.cover(practitioner.agencyId(), council, on);
    }

    /**
     * Whether the caller's team filter lets them see the family (without auditing: for lists the caller
     * is given only what passes).
     */
    public boolean seesFamilyOfCouncil(UUID familyId, String council) {
        return caller.worksForCouncil(council)
                && !practitionerOnly()
                && teamFilter().map(mine -> teamMaySee(familyId, mine)).orElse(true);
    }

    private boolean teamMaySee(UUID familyId, Set<UUID> mine) {
        if (familyId == null) {
            return true;
        }
        return allocations
                .openLeadOf(familyId)
                .map(lead -> mine.contains(lead.teamId()))
                .orElse(true);
    }

    private UUID familyOf(Object record, UUID child) {
        return switch (record) {
            case Family family -> family.id();
            case Child c -> c.familyId();
            case Adult adult -> adult.familyId();
            case Allocation allocation -> allocation.familyId();
            case Intervention intervention -> intervention.familyId();
            case NhsReferral referral -> referral.familyId();
            default ->
                child == null
                        ? null
                        : children.findByIdOptional(child).map(Child::familyId).orElse(null);
        };
    }

    static final class NoCouncil extends DomainProblem {
        NoCouncil() {
            super(
                    Kind.FORBIDDEN,
                    "no-council",
                    "Only council staff, with a council in their token, hold family records.");
        }
    }
}
