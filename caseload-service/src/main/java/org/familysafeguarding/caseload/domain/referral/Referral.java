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

    @Column(name = "primary_need", nullable = false)
    private String primaryNeed;

    @Enumerated(EnumType.STRING)
    private ReferralOutcome outcome;

    @Column(name = "re_referral", nullable = false)
    private boolean reReferral;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Referral() {
    }

    /**
     * @param earlier the child's referrals recorded so far; their re-referral flags are brought up to date
     */
    public static Referral receive(Child child, LocalDate referralDate, String source, String primaryNeed,
            ReferralOutcome outcome, List<Referral> earlier, LocalDate today, Instant now) {
        if (referralDate.isAfter(today)) {
            throw new ReferralRuleViolated("referral-in-future", "A referral date cannot be in the future.");
        }
        if (earlier.stream().anyMatch(r -> r.referralDate.equals(referralDate))) {
            throw new ReferralRuleViolated("referral-on-same-date",
                    "The child already has a referral on " + referralDate + ".");
        }
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.childId = child.id();
        referral.familyId = child.familyId();
        referral.councilCode = child.councilCode();
        referral.referralDate = referralDate;
        referral.source = CinCodeList.REFERRAL_SOURCE.require("source", source);
        referral.primaryNeed = CinCodeList.PRIMARY_NEED.require("primaryNeed", primaryNeed);
        referral.outcome = outcome;
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
            throw new ReferralRuleViolated("outcome-already-decided",
                    "The referral's outcome is already " + outcome + ".");
        }
        this.outcome = decided;
        this.updatedAt = now;
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

    public boolean reReferral() {
        return reReferral;
    }

    public long version() {
        return version;
    }
}
