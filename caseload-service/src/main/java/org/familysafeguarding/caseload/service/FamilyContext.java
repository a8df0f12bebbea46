package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.domain.plan.PlanRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/**
 * What a practitioner working with an adult needs to know of the family, and no more: the
 * children's first names, ages and the plans they are on today. Not the whole child record.
 */
@ApplicationScoped
public class FamilyContext {

    public record ChildContext(
            UUID childId, String givenName, Integer ageInYears, boolean unborn, List<PlanKind> currentPlans) {}

    public record Context(UUID adultId, UUID familyId, List<ChildContext> children) {}

    private final AdultRepository adults;
    private final ChildRepository children;
    private final PlanRepository plans;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public FamilyContext(
            AdultRepository adults,
            ChildRepository children,
            PlanRepository plans,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.adults = adults;
        this.children = children;
        this.plans = plans;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Context of(UUID adultId) {
        Adult adult = scope.require(
                adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        LocalDate today = LocalDate.now(clock);
        audit.record(AuditAction.READ, "adult", adultId.toString(), null);
        List<ChildContext> kids = children.ofFamily(adult.familyId()).stream()
                .map(child -> {
                    audit.record(
                            AuditAction.READ,
                            "child",
                            child.id().toString(),
                            child.id().toString());
                    return new ChildContext(
                            child.id(),
                            child.name().given(),
                            age(child, today),
                            child.unborn(),
                            currentPlans(child.id(), today));
                })
                .toList();
        return new Context(adultId, adult.familyId(), kids);
    }

    private static Integer age(Child child, LocalDate today) {
        return child.dateOfBirth() == null
                ? null
                : Period.between(child.dateOfBirth(), today).getYears();
    }

    private List<PlanKind> currentPlans(UUID childId, LocalDate today) {
        return plans.ofChildLatestFirst(childId, null).list().stream()
                .filter(plan -> !plan.startDate().isAfter(today)
                        && (plan.endDate() == null || plan.endDate().isAfter(today)))
                .map(Plan::kind)
                .distinct()
                .toList();
    }
}
