package org.familysafeguarding.caseload.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.code.CinCodeList;
import org.familysafeguarding.caseload.domain.family.Child;

/**
 * A child's plan or episode: child in need, child protection (with initial and latest category of
 * abuse, and whether it is a second or later plan), pre-proceedings, or looked after (with legal
 * status). It starts and ends. The CIN reason for closure (RC1..RC9) belongs to the child's CIN
 * episode (the referral's closure), not to a plan: child in need, child protection and
 * pre-proceedings plans end without one; a looked-after episode ends with the SSDA903 reason
 * episode ceased (E-codes; X1 when another episode follows the same day).
 */
@Entity
@Table(name = "child_plan")
public class Plan {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "closure_reason")
    private String closureReason;

    @Column(name = "initial_category")
    private String initialCategory;

    @Column(name = "latest_category")
    private String latestCategory;

    @Column(name = "second_or_later", nullable = false)
    private boolean secondOrLater;

    @Column(name = "legal_status")
    private String legalStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Plan() {}

    /**
     * What starting a plan needs: a category of abuse for child protection, a legal status for looked
     * after. A plan that is already over (recorded afterwards) also gives its end date and reason.
     */
    public record Start(
            PlanKind kind,
            LocalDate startDate,
            String categoryOfAbuse,
            String legalStatus,
            LocalDate endDate,
            String closureReason) {

        public Start(PlanKind kind, LocalDate startDate, String categoryOfAbuse, String legalStatus) {
            this(kind, startDate, categoryOfAbuse, legalStatus, null, null);
        }
    }

    /**
     * @param sameKind the child's other plans of this kind; their second-or-later flags are brought up to date
     */
    public static Plan start(Child child, Start start, List<Plan> sameKind, LocalDate today, Instant now) {
        if (start.startDate().isAfter(today)) {
            throw new PlanRuleViolated("plan-in-future", "A plan cannot start in the future.");
        }
        var plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.childId = child.id();
        plan.familyId = child.familyId();
        plan.councilCode = child.councilCode();
        plan.kind = start.kind();
        plan.startDate = start.startDate();
        switch (start.kind()) {
            case CHILD_PROTECTION -> {
                requireAbsent(start.legalStatus(), "legalStatus", start.kind());
                plan.initialCategory = requireCode(
                        CinCodeList.CATEGORY_OF_ABUSE, "categoryOfAbuse", start.categoryOfAbuse(), start.kind());
                plan.latestCategory = plan.initialCategory;
            }
            case LOOKED_AFTER -> {
                requireAbsent(start.categoryOfAbuse(), "categoryOfAbuse", start.kind());
                plan.legalStatus =
                        requireCode(CinCodeList.LEGAL_STATUS, "legalStatus", start.legalStatus(), start.kind());
            }
            case CHILD_IN_NEED, PRE_PROCEEDINGS -> {
                requireAbsent(start.categoryOfAbuse(), "categoryOfAbuse", start.kind());
                requireAbsent(start.legalStatus(), "legalStatus", start.kind());
            }
        }
        if (start.endDate() != null) {
            if (start.endDate().isAfter(today)) {
                throw new PlanRuleViolated("closure-in-future", "A plan cannot be closed on a future date.");
            }
            plan.endDate = start.endDate();
            plan.closureReason = endReason(plan.kind, "closureReason", start.closureReason());
        } else if (start.closureReason() != null) {
            throw new PlanRuleViolated("closure-reason-without-end", "A reason for closure needs an end date.");
        }
        PlanTimeline.requireFits(
                plan.kind, plan.period(), sameKind.stream().map(Plan::period).toList());
        plan.createdAt = now;
        plan.updatedAt = now;
        if (plan.kind == PlanKind.CHILD_PROTECTION) {
            var all = new java.util.ArrayList<>(sameKind);
            all.add(plan);
            var periods = all.stream().map(Plan::period).toList();
            all.forEach(p -> p.secondOrLater = PlanTimeline.secondOrLater(p.period(), periods));
        }
        return plan;
    }

    /** Ends the plan on its end date; a looked-after episode with its SSDA903 reason episode ceased. */
    public void close(LocalDate endDate, String reason, List<Plan> sameKind, LocalDate today, Instant now) {
        if (this.endDate != null) {
            throw new PlanRuleViolated("plan-already-closed", "The plan was closed on " + this.endDate + ".");
        }
        if (endDate.isAfter(today)) {
            throw new PlanRuleViolated("closure-in-future", "A plan cannot be closed on a future date.");
        }
        String code = endReason(kind, "reason", reason);
        var closed = new PlanTimeline.Period(id, startDate, endDate);
        PlanTimeline.requireFits(
                kind, closed, sameKind.stream().map(Plan::period).toList());
        this.endDate = endDate;
        this.closureReason = code;
        this.updatedAt = now;
    }

    /**
     * A looked-after child's legal status changes from a day: the same episode and period of care
     * goes on (SSDA903 counts periods of care, so a change of status is not a new entry to care).
     *
     * @param lastChange the day the status in force began (the episode's start when never changed)
     */
    public void changeLegalStatus(String status, LocalDate from, LocalDate lastChange, LocalDate today, Instant now) {
        if (kind != PlanKind.LOOKED_AFTER) {
            throw new PlanRuleViolated("not-looked-after", "Only a looked-after episode has a legal status.");
        }
        if (endDate != null) {
            throw new PlanRuleViolated("plan-already-closed", "The episode ended on " + endDate + ".");
        }
        if (from.isAfter(today)) {
            throw new PlanRuleViolated("change-in-future", "A legal status cannot change on a future date.");
        }
        if (!from.isAfter(lastChange)) {
            throw new PlanRuleViolated(
                    "change-before-status-in-force",
                    "The legal status in force began on " + lastChange + "; a change comes after it.");
        }
        this.legalStatus = CinCodeList.LEGAL_STATUS.require("legalStatus", status);
        this.updatedAt = now;
    }

    /** A review conference of a child protection plan, after its start and not after its end (CIN rule 8841). */
    public void requireReviewable(LocalDate on, LocalDate today) {
        if (kind != PlanKind.CHILD_PROTECTION) {
            throw new PlanRuleViolated(
                    "not-a-child-protection-plan", "Only a child protection plan has review conferences.");
        }
        if (on.isAfter(today)) {
            throw new PlanRuleViolated("review-in-future", "A review cannot be recorded before it is held.");
        }
        if (!on.isAfter(startDate)) {
            throw new PlanRuleViolated(
                    "review-not-after-start",
                    "A review comes after the plan started (" + startDate + "), not on or before it.");
        }
        if (endDate != null && on.isAfter(endDate)) {
            throw new PlanRuleViolated("review-after-end", "The plan ended on " + endDate + ".");
        }
    }

    /** A child protection plan's category of abuse as it stands now; the initial one stays. */
    public void recategorise(String category, Instant now) {
        if (kind != PlanKind.CHILD_PROTECTION) {
            throw new PlanRuleViolated(
                    "not-a-child-protection-plan", "Only a child protection plan has a category of abuse.");
        }
        if (endDate != null) {
            throw new PlanRuleViolated("plan-already-closed", "The plan was closed on " + endDate + ".");
        }
        this.latestCategory = CinCodeList.CATEGORY_OF_ABUSE.require("latestCategory", category);
        this.updatedAt = now;
    }

    /** The reason an ending of this kind carries: SSDA903 for a looked-after episode, none for the others. */
    private static String endReason(PlanKind kind, String field, String reason) {
        if (kind == PlanKind.LOOKED_AFTER) {
            if (reason == null) {
                throw new PlanRuleViolated(
                        "reason-episode-ceased-required",
                        "A looked-after episode ends with its SSDA903 reason episode ceased (E2..E9, X1).");
            }
            return CinCodeList.REASON_EPISODE_CEASED.require(field, reason);
        }
        if (reason != null) {
            throw new PlanRuleViolated(
                    "closure-reason-not-applicable",
                    "A " + PlanTimeline.label(kind)
                            + " ends without a reason: the CIN reason for closure (RC1..RC9) is the case's, recorded when its episode closes (POST /referrals/{id}/closure).");
        }
        return null;
    }

    PlanTimeline.Period period() {
        return new PlanTimeline.Period(id, startDate, endDate);
    }

    private static String requireCode(CinCodeList list, String field, String code, PlanKind kind) {
        if (code == null) {
            throw new PlanRuleViolated(
                    field.replaceAll("([A-Z])", "-$1").toLowerCase() + "-required",
                    "A " + PlanTimeline.label(kind) + " needs " + field + ".");
        }
        return list.require(field, code);
    }

    private static void requireAbsent(String value, String field, PlanKind kind) {
        if (value != null) {
            throw new PlanRuleViolated("not-applicable", "A " + PlanTimeline.label(kind) + " has no " + field + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public UUID familyId() {
        return familyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public PlanKind kind() {
        return kind;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String closureReason() {
        return closureReason;
    }

    public String initialCategory() {
        return initialCategory;
    }

    public String latestCategory() {
        return latestCategory;
    }

    public boolean secondOrLater() {
        return secondOrLater;
    }

    public String legalStatus() {
        return legalStatus;
    }

    public long version() {
        return version;
    }
}
