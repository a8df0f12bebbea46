package org.familysafeguarding.caseload.domain.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.familysafeguarding.caseload.domain.code.CinCodeList;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.referral.Referral;

/**
 * A child and family assessment: started, then authorised by a manager with the factors it
 * identified (CIN assessment-factor codes such as 3B domestic abuse, 2B drug misuse and 4B mental
 * health of a parent). Done in time when authorised within 45 working days of its start.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public static final int TIMESCALE_WORKING_DAYS = 45;
    /** The census code for an assessment that identified no factors; it stands alone. */
    static final String NO_FACTORS = "21";

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "referral_id", updatable = false)
    private UUID referralId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "authorisation_date")
    private LocalDate authorisationDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_factor", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "code")
    private Set<String> factors = new TreeSet<>();

    @Column(name = "working_days")
    private Integer workingDays;

    @Column(name = "within_timescale")
    private Boolean withinTimescale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Assessment() {}

    /** @param referral the referral that led to it, of the same child; may be null */
    public static Assessment start(Child child, Referral referral, LocalDate startDate, LocalDate today, Instant now) {
        if (startDate.isAfter(today)) {
            throw new AssessmentRuleViolated("assessment-in-future", "An assessment cannot start in the future.");
        }
        if (referral != null && !referral.childId().equals(child.id())) {
            throw new AssessmentRuleViolated("referral-of-another-child", "The referral is not this child's.");
        }
        if (referral != null && startDate.isBefore(referral.referralDate())) {
            throw new AssessmentRuleViolated(
                    "assessment-before-referral",
                    "An assessment cannot start before its referral (" + referral.referralDate() + ").");
        }
        var assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.childId = child.id();
        assessment.referralId = referral == null ? null : referral.id();
        assessment.councilCode = child.councilCode();
        assessment.startDate = startDate;
        assessment.createdAt = now;
        assessment.updatedAt = now;
        return assessment;
    }

    /** Authorised once, with the factors identified; working days are counted then. */
    public void authorise(
            LocalDate authorisationDate,
            Set<String> factorCodes,
            WorkingDayCalendar calendar,
            LocalDate today,
            Instant now) {
        if (this.authorisationDate != null) {
            throw new AssessmentRuleViolated(
                    "assessment-already-authorised",
                    "The assessment was authorised on " + this.authorisationDate + ".");
        }
        if (authorisationDate.isBefore(startDate)) {
            throw new AssessmentRuleViolated(
                    "authorised-before-start",
                    "An assessment cannot be authorised before it started (" + startDate + ").");
        }
        if (authorisationDate.isAfter(today)) {
            throw new AssessmentRuleViolated("authorised-in-future", "An authorisation date cannot be in the future.");
        }
        var codes = new TreeSet<String>();
        for (String code : factorCodes) {
            codes.add(CinCodeList.ASSESSMENT_FACTOR.require("factors", code));
        }
        if (codes.isEmpty()) {
            throw new AssessmentRuleViolated(
                    "factors-required", "Give the factors identified, or " + NO_FACTORS + " when there were none.");
        }
        if (codes.contains(NO_FACTORS) && codes.size() > 1) {
            throw new AssessmentRuleViolated(
                    "no-factors-with-factors",
                    "Code " + NO_FACTORS + " (no factors identified) cannot be combined with other factors.");
        }
        this.authorisationDate = authorisationDate;
        this.factors.clear();
        this.factors.addAll(codes);
        var days = calendar.workingDaysBetween(startDate, authorisationDate);
        this.workingDays = days.isPresent() ? days.getAsInt() : null;
        this.withinTimescale = days.isPresent() ? days.getAsInt() <= TIMESCALE_WORKING_DAYS : null;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public UUID referralId() {
        return referralId;
    }

    public String councilCode() {
        return councilCode;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate authorisationDate() {
        return authorisationDate;
    }

    public Set<String> factors() {
        return Set.copyOf(factors);
    }

    /** Working days from start to authorisation; null until authorised or outside the known calendar. */
    public Integer workingDays() {
        return workingDays;
    }

    public Boolean withinTimescale() {
        return withinTimescale;
    }

    public long version() {
        return version;
    }
}
