package org.familysafeguarding.caseload.domain.referral;

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
 * A referral of a child to children's social care: when, from whom (CIN referral source) and for
 * what primary need (CIN need code), and what it led to. Whether it is a re-referral follows from
 * the child's other referrals and is kept up to date when one is added.
 *
 * <p>A referral opens the child's CIN episode (the census's CINdetails), and the episode closes with
 * its own date and CIN reason for closure (RC1..RC9), whether or not a plan followed: a referral with
 * no further action closes on its day with RC8; a case closed after assessment with RC8 or RC9; any
 * other case with the reason it closed for.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(nullable = false)
    private String source;

    /** The primary need identified (DfE: at assessment); a referral with no further action may have none. */
    @Column(name = "primary_need")
    private String primaryNeed;

    @Enumerated(EnumType.STRING)
    private ReferralOutcome outcome;

    @Column(name = "closure_date")
    private LocalDate closureDate;

    @Column(name = "closure_reason")
    private String closureReason;

    @Column(name = "re_referral", nullable = false)
    private boolean reReferral;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** The census reason for an episode that ends at referral with no further action. */
    public static final String NO_FURTHER_ACTION = "RC8";

    protected Referral() {}

    /**
     * @param earlier the child's referrals recorded so far; their re-referral flags are brought up to date
     */
    public static Referral receive(
            Child child,
            LocalDate referralDate,
            String source,
            String primaryNeed,
            ReferralOutcome outcome,
            List<Referral> earlier,
            LocalDate today,
            Instant now) {
        if (referralDate.isAfter(today)) {
            throw new ReferralRuleViolated("referral-in-future", "A referral date cannot be in the future.");
        }
        if (earlier.stream().anyMatch(r -> r.referralDate.equals(referralDate))) {
            throw new ReferralRuleViolated(
                    "referral-on-same-date", "The child already has a referral on " + referralDate + ".");
        }
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.childId = child.id();
        referral.familyId = child.familyId();
        referral.councilCode = child.councilCode();
        referral.referralDate = referralDate;
        referral.source = CinCodeList.REFERRAL_SOURCE.require("source", source);
        if (primaryNeed == null && outcome != ReferralOutcome.NO_FURTHER_ACTION) {
            throw new ReferralRuleViolated(
                    "primary-need-required",
                    "A referral that leads to further action needs its primary need (CIN census rule 8610).");
        }
        referral.primaryNeed =
                primaryNeed == null ? null : CinCodeList.PRIMARY_NEED.require("primaryNeed", primaryNeed);
        referral.outcome = outcome;
        if (outcome == ReferralOutcome.NO_FURTHER_ACTION) {
            referral.closeWithNoFurtherAction();
        }
        referral.createdAt = now;
        referral.updatedAt = now;
        var all = new java.util.ArrayList<>(earlier);
        all.add(referral);
        var dates = all.stream().map(Referral::referralDate).toList();
        for (Referral each : all) {
            boolean flag = ReReferralRule.isReReferral(each.referralDate, dates);
            if (each.reReferral != flag) {
                each.reReferral = flag;
                each.updatedAt = now;
            }
        }
        return referral;
    }

    /** Records what the referral led to; once decided, it stands. */
    public void decide(ReferralOutcome decided, Instant now) {
        if (outcome != null && outcome != decided) {
            throw new ReferralRuleViolated(
                    "outcome-already-decided", "The referral's outcome is already " + outcome + ".");
        }
        if (decided == ReferralOutcome.NO_FURTHER_ACTION && closureDate != null && outcome == null) {
            throw new ReferralRuleViolated(
                    "episode-already-closed",
                    "The episode was closed on " + closureDate + "; no further action is decided at referral.");
        }
        if (decided != ReferralOutcome.NO_FURTHER_ACTION && primaryNeed == null) {
            throw new ReferralRuleViolated(
                    "primary-need-required",
                    "A referral that leads to further action needs its primary need (CIN census rule 8610).");
        }
        this.outcome = decided;
        if (decided == ReferralOutcome.NO_FURTHER_ACTION) {
            closeWithNoFurtherAction();
        }
        this.updatedAt = now;
    }

    /**
     * Closes the CIN episode this referral opened: the case closed on the day for the reason given.
     * A referral with no further action closed itself on its own day (RC8).
     */
    public void closeEpisode(LocalDate on, String reason, LocalDate today, Instant now) {
        if (closureDate != null) {
            throw new ReferralRuleViolated("episode-already-closed", "The episode was closed on " + closureDate + ".");
        }
        if (on.isAfter(today)) {
            throw new ReferralRuleViolated("closure-in-future", "An episode cannot be closed on a future date.");
        }
        if (on.isBefore(referralDate)) {
            throw new ReferralRuleViolated(
                    "closure-before-referral",
                    "An episode cannot close (" + on + ") before its referral (" + referralDate + ").");
        }
        this.closureReason = CinCodeList.REASON_FOR_CLOSURE.require("reason", reason);
        this.closureDate = on;
        this.updatedAt = now;
    }

    /** Whether the episode was open at the end of the day given: referred by then and not yet closed. */
    public boolean openOn(LocalDate day) {
        return !referralDate.isAfter(day) && (closureDate == null || closureDate.isAfter(day));
    }

    private void closeWithNoFurtherAction() {
        if (closureDate == null) {
            closureDate = referralDate;
            closureReason = NO_FURTHER_ACTION;
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

    public LocalDate referralDate() {
        return referralDate;
    }

    public String source() {
        return source;
    }

    public String primaryNeed() {
        return primaryNeed;
    }

    public ReferralOutcome outcome() {
        return outcome;
    }

    public LocalDate closureDate() {
        return closureDate;
    }

    public String closureReason() {
        return closureReason;
    }

    public boolean reReferral() {
        return reReferral;
    }

    public long version() {
        return version;
    }
}
