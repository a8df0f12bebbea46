package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.FamilyRepository;
import org.familysafeguarding.caseload.domain.family.PossibleDuplicate;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/**
 * Families, their children and adults: recorded, read and searched by the council's staff, each
 * access audited in its own transaction.
 */
@ApplicationScoped
public class FamilyRecords {

    public record FamilyView(Family family, List<Child> children, List<Adult> adults) {}

    public record Recorded<T>(T record, List<PossibleDuplicate> possibleDuplicates) {}

    private final FamilyRepository families;
    private final ChildRepository children;
    private final AdultRepository adults;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final IdentifierClaims claims;
    private final Clock clock;

    public FamilyRecords(
            FamilyRepository families,
            ChildRepository children,
            AdultRepository adults,
            CaseloadAccess scope,
            AuditTrail audit,
            IdentifierClaims claims,
            Clock clock) {
        this.families = families;
        this.children = children;
        this.adults = adults;
        this.scope = scope;
        this.audit = audit;
        this.claims = claims;
        this.clock = clock;
    }

    @Transactional
    public Family open(String name) {
        Family family = Family.open(scope.council(), name, Instant.now(clock));
        families.persist(family);
        audit.record(AuditAction.CREATE, "family", family.id().toString(), null);
        return family;
    }

    @Transactional
    public FamilyView read(UUID familyId) {
        Family family = family(familyId, AuditAction.READ);
        var view = new FamilyView(family, children.ofFamily(familyId), adults.ofFamily(familyId));
        audit.record(AuditAction.READ, "family", familyId.toString(), null);
        audit.recordAll(
                AuditAction.READ,
                "child",
                view.children().stream()
                        .map(child -> new AuditTrail.Accessed(
                                child.id().toString(), child.id().toString()))
                        .toList());
        audit.recordAll(
                AuditAction.READ,
                "adult",
                view.adults().stream()
                        .map(adult -> new AuditTrail.Accessed(adult.id().toString(), null))
                        .toList());
        return view;
    }

    @Transactional
    public PageResponse<Family> search(String name, int page, int size) {
        var query = families.search(scope.council(), name, scope.teamFilter()).page(Page.of(page, size));
        List<Family> found = query.list();
        // each family shown (its name names people) is an entry of its own, as for children and adults
        audit.recordAll(
                AuditAction.SEARCH,
                "family",
                found.stream()
                        .map(family -> new AuditTrail.Accessed(family.id().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    @Transactional
    public Recorded<Child> recordChild(UUID familyId, Child.Details details) {
        Family family = family(familyId, AuditAction.UPDATE);
        Instant now = Instant.now(clock);
        Child child = Child.record(family, details, today(), now);
        children.persist(child);
        family.touch(now);
        audit.record(
                AuditAction.CREATE, "child", child.id().toString(), child.id().toString());
        return new Recorded<>(child, children.possibleDuplicates(child));
    }

    @Transactional
    public Child readChild(UUID childId) {
        Child child = scope.require(
                children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        audit.record(AuditAction.READ, "child", childId.toString(), childId.toString());
        return child;
    }

    @Transactional
    public PageResponse<Child> searchChildren(String surname, String councilChildId, int page, int size) {
        var query = children.search(scope.council(), surname, councilChildId, scope.teamFilter())
                .page(Page.of(page, size));
        List<Child> found = query.list();
        audit.recordAll(
                AuditAction.SEARCH,
                "child",
                found.stream()
                        .map(child -> new AuditTrail.Accessed(
                                child.id().toString(), child.id().toString()))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    @Transactional
    public Recorded<Adult> recordAdult(UUID familyId, Adult.Details details) {
        Family family = family(familyId, AuditAction.UPDATE);
        claims.requireUnclaimed(details, family.councilCode());
        Instant now = Instant.now(clock);
        var childIds = children.ofFamily(familyId).stream().map(Child::id).collect(Collectors.toSet());
        Adult adult = Adult.record(family, details, childIds, today(), now);
        adults.persist(adult);
        family.touch(now);
        audit.record(AuditAction.CREATE, "adult", adult.id().toString(), null);
        // probation events that came for this CRN before anyone held it wait for a team manager to confirm
        // the match (ProbationRecords.confirmMatch): recording a CRN alone never releases them
        return new Recorded<>(adult, adults.possibleDuplicates(adult));
    }

    @Transactional
    public Adult readAdult(UUID adultId) {
        Adult adult = scope.require(
                adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        audit.record(AuditAction.READ, "adult", adultId.toString(), null);
        return adult;
    }

    /** The caller's council's family, or 404 (an attempt on another council's is audited as denied). */
    Family family(UUID familyId, AuditAction action) {
        return scope.require(families.findById(familyId), "family", familyId, Family::councilCode, f -> null, action);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
