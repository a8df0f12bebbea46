package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRelationship;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.family.Relationship;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.nhs.AccessNotification;
import org.familysafeguarding.caseload.domain.nhs.AccessNotificationRepository;
import org.familysafeguarding.caseload.domain.nhs.FlagKind;
import org.familysafeguarding.caseload.domain.nhs.Requester;
import org.familysafeguarding.caseload.domain.nhs.SafeguardingFlag;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.domain.plan.PlanRepository;
import org.familysafeguarding.caseload.readmodel.Council;
import org.familysafeguarding.caseload.readmodel.CouncilRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/**
 * The CP-IS-style look-up for NHS unscheduled care: by NHS number, the current child protection
 * plans and looked-after episodes of the child, and the pre-birth child protection plans of a
 * pregnant woman's unborn child, in any council of the platform. Every disclosure is audited and
 * notified to the child's council in the same transaction: no notification, no answer.
 */
@ApplicationScoped
public class NhsFlagLookup {

    /** A flag with the council to call about it. */
    public record Disclosure(SafeguardingFlag flag, String councilName, String inHoursPhone, String outOfHoursPhone) {}

    private final ChildRepository children;
    private final AdultRepository adults;
    private final PlanRepository plans;
    private final CouncilRepository councils;
    private final AccessNotificationRepository notifications;
    private final AuditTrail audit;
    private final Clock clock;

    public NhsFlagLookup(
            ChildRepository children,
            AdultRepository adults,
            PlanRepository plans,
            CouncilRepository councils,
            AccessNotificationRepository notifications,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.adults = adults;
        this.plans = plans;
        this.councils = councils;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Disclosure> lookUp(NhsNumber nhsNumber, Requester requester) {
        LocalDate today = LocalDate.now(clock);
        var flags = new ArrayList<SafeguardingFlag>();
        for (Child child : children.list("nhsNumber", nhsNumber.value())) {
            if (child.unborn()) {
                continue;
            }
            for (Plan plan : openPlans(child.id(), today, PlanKind.CHILD_PROTECTION, PlanKind.LOOKED_AFTER)) {
                FlagKind kind =
                        plan.kind() == PlanKind.LOOKED_AFTER ? FlagKind.LOOKED_AFTER : FlagKind.CHILD_PROTECTION_PLAN;
                flags.add(flag(kind, plan, nhsNumber));
            }
        }
        for (Adult mother : adults.list("nhsNumber", nhsNumber.value())) {
            for (ChildRelationship relationship : mother.relationships()) {
                if (relationship.relationship() != Relationship.MOTHER) {
                    continue;
                }
                Optional<Child> unborn =
                        children.findByIdOptional(relationship.childId()).filter(Child::unborn);
                if (unborn.isPresent()) {
                    openPlans(unborn.get().id(), today, PlanKind.CHILD_PROTECTION)
                            .forEach(plan -> flags.add(flag(FlagKind.UNBORN_CHILD_PROTECTION_PLAN, plan, nhsNumber)));
                }
            }
        }
        notify(flags, requester);
        if (flags.isEmpty()) {
            // an empty answer also tells the asker something (that no plan is known): it is audited too
            audit.record(AuditAction.SEARCH, "nhs-flag-lookup", nhsNumber.value(), null);
        }
        return flags.stream().map(this::disclose).toList();
    }

    private List<Plan> openPlans(UUID childId, LocalDate today, PlanKind... kinds) {
        return plans.list(
                "childId = ?1 and kind in ?2 and startDate <= ?3 and (endDate is null or endDate > ?3)"
                        + " order by startDate, id",
                childId,
                List.of(kinds),
                today);
    }

    private static SafeguardingFlag flag(FlagKind kind, Plan plan, NhsNumber nhsNumber) {
        return new SafeguardingFlag(
                kind,
                plan.id(),
                plan.childId(),
                plan.familyId(),
                plan.councilCode(),
                nhsNumber.value(),
                plan.startDate());
    }

    /** One notification per child whose plans were disclosed, and one audit entry per plan. */
    private void notify(List<SafeguardingFlag> flags, Requester requester) {
        Instant now = Instant.now(clock);
        Map<UUID, List<SafeguardingFlag>> byChild = new LinkedHashMap<>();
        flags.forEach(f ->
                byChild.computeIfAbsent(f.childId(), c -> new ArrayList<>()).add(f));
        byChild.forEach((child, ofChild) -> {
            var kinds = EnumSet.noneOf(FlagKind.class);
            ofChild.forEach(f -> kinds.add(f.kind()));
            SafeguardingFlag first = ofChild.get(0);
            notifications.persist(
                    AccessNotification.of(child, first.familyId(), first.councilCode(), kinds, requester, now));
            audit.recordAll(
                    AuditAction.READ,
                    "plan",
                    ofChild.stream()
                            .map(f -> new AuditTrail.Accessed(f.planId().toString(), child.toString()))
                            .toList());
        });
    }

    private Disclosure disclose(SafeguardingFlag flag) {
        Optional<Council> council = councils.findByIdOptional(flag.councilCode());
        return new Disclosure(
                flag,
                council.map(Council::name).orElse(null),
                council.map(Council::inHoursPhone).orElse(null),
                council.map(Council::outOfHoursPhone).orElse(null));
    }
}
