package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanHistory;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.domain.plan.PlanRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** Plans and episodes of the council's children, kept to a possible timeline. */
@ApplicationScoped
public class PlanRecords {

    /** A plan read on its own, with its legal statuses (looked after) or reviews (child protection). */
    public record PlanWithHistory(
            Plan plan, List<PlanHistory.LegalStatusSpell> legalStatuses, List<LocalDate> reviews) {}

    private final ChildRepository children;
    private final PlanRepository plans;
    private final PlanHistory history;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanRecords(
            ChildRepository children,
            PlanRepository plans,
            PlanHistory history,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.plans = plans;
        this.history = history;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Plan start(UUID childId, Plan.Start start) {
        // one change to a child's plans at a time, so the timeline checks see each other
        Child child = lockedChild(childId, AuditAction.CREATE);
        Plan plan = Plan.start(
                child, start, plans.ofChild(childId, start.kind()), LocalDate.now(clock), Instant.now(clock));
        plans.persist(plan);
        if (plan.kind() == PlanKind.LOOKED_AFTER) {
            plans.flush();
            history.legalStatusFrom(plan, plan.startDate(), plan.legalStatus(), Instant.now(clock));
        }
        audit.record(AuditAction.CREATE, "plan", plan.id().toString(), childId.toString());
        return plan;
    }

    /** A looked-after child's legal status changes within the same episode and period of care. */
    @Transactional
    public PlanWithHistory changeLegalStatus(UUID planId, String legalStatus, LocalDate from) {
        Plan plan = plan(planId, AuditAction.UPDATE);
        lockedChild(plan.childId(), AuditAction.UPDATE);
        var spells = history.legalStatuses(planId);
        LocalDate lastChange =
                spells.isEmpty() ? plan.startDate() : spells.getLast().from();
        Instant now = Instant.now(clock);
        plan.changeLegalStatus(legalStatus, from, lastChange, LocalDate.now(clock), now);
        history.legalStatusFrom(plan, from, plan.legalStatus(), now);
        audit.record(
                AuditAction.UPDATE, "plan", planId.toString(), plan.childId().toString());
        return new PlanWithHistory(plan, history.legalStatuses(planId), null);
    }

    /** A child protection plan's review conference was held. */
    @Transactional
    public PlanWithHistory review(UUID planId, LocalDate on) {
        Plan plan = plan(planId, AuditAction.UPDATE);
        plan.requireReviewable(on, LocalDate.now(clock));
        history.review(plan, on, Instant.now(clock));
        audit.record(
                AuditAction.UPDATE, "plan", planId.toString(), plan.childId().toString());
        return new PlanWithHistory(plan, null, history.reviews(planId));
    }

    @Transactional
    public Plan close(UUID planId, LocalDate endDate, String reason) {
        Plan plan = plan(planId, AuditAction.UPDATE);
        lockedChild(plan.childId(), AuditAction.UPDATE);
        plan.close(
                endDate, reason, plans.ofChild(plan.childId(), plan.kind()), LocalDate.now(clock), Instant.now(clock));
        audit.record(
                AuditAction.UPDATE, "plan", planId.toString(), plan.childId().toString());
        return plan;
    }

    @Transactional
    public Plan recategorise(UUID planId, String category) {
        Plan plan = plan(planId, AuditAction.UPDATE);
        plan.recategorise(category, Instant.now(clock));
        audit.record(
                AuditAction.UPDATE, "plan", planId.toString(), plan.childId().toString());
        return plan;
    }

    @Transactional
    public PlanWithHistory read(UUID planId) {
        Plan plan = plan(planId, AuditAction.READ);
        audit.record(AuditAction.READ, "plan", planId.toString(), plan.childId().toString());
        return new PlanWithHistory(
                plan,
                plan.kind() == PlanKind.LOOKED_AFTER ? history.legalStatuses(planId) : null,
                plan.kind() == PlanKind.CHILD_PROTECTION ? history.reviews(planId) : null);
    }

    @Transactional
    public PageResponse<Plan> ofChild(UUID childId, PlanKind kind, int page, int size) {
        scope.require(children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        var query = plans.ofChildLatestFirst(childId, kind).page(Page.of(page, size));
        List<Plan> found = query.list();
        audit.recordAll(
                AuditAction.READ,
                "plan",
                found.stream()
                        .map(p -> new AuditTrail.Accessed(p.id().toString(), childId.toString()))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    private Child lockedChild(UUID childId, AuditAction action) {
        return scope.require(children.lockedById(childId), "child", childId, Child::councilCode, Child::id, action);
    }

    private Plan plan(UUID planId, AuditAction action) {
        return scope.require(plans.findById(planId), "plan", planId, Plan::councilCode, Plan::childId, action);
    }
}
