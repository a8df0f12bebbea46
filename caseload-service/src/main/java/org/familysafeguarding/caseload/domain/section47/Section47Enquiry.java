package org.familysafeguarding.caseload.domain.section47;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.referral.Referral;

/**
 * A section 47 enquiry (Children Act 1989) into whether a child is suffering, or likely to suffer,
 * significant harm, as the CIN census records it: its start, the target date for the initial child
 * protection conference (15 working days from the start, Working Together 2023), and then either the
 * conference's date or that none was needed.
 */
@Entity
@Table(name = "section47_enquiry")
public class Section47Enquiry {

    /** Working days from the enquiry's start to the initial child protection conference. */
    public static final int CONFERENCE_WITHIN_WORKING_DAYS = 15;

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "referral_id", updatable = false)
    private UUID referralId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "conference_target")
    private LocalDate conferenceTarget;

    @Column(name = "conference_date")
    private LocalDate conferenceDate;

    @Column(name = "conference_not_required", nullable = false)
    private boolean conferenceNotRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Section47Enquiry() {}

    /** @param referral the referral whose episode it belongs to, of the same child; may be null */
    public static Section47Enquiry start(
            Child child,
            Referral referral,
            LocalDate startDate,
            WorkingDayCalendar calendar,
            LocalDate today,
            Instant now) {
        if (startDate.isAfter(today)) {
            throw new Section47RuleViolated("enquiry-in-future", "A section 47 enquiry cannot start in the future.");
        }
        if (referral != null && startDate.isBefore(referral.referralDate())) {
            throw new Section47RuleViolated(
                    "enquiry-before-referral",
                    "A section 47 enquiry cannot start before its referral (" + referral.referralDate() + ").");
        }
        var enquiry = new Section47Enquiry();
        enquiry.id = UUID.randomUUID();
        enquiry.childId = child.id();
        enquiry.familyId = child.familyId();
        enquiry.councilCode = child.councilCode();
        enquiry.referralId = referral == null ? null : referral.id();
        enquiry.startDate = startDate;
        enquiry.conferenceTarget = calendar.plusWorkingDays(startDate, CONFERENCE_WITHIN_WORKING_DAYS)
                .orElse(null);
        enquiry.createdAt = now;
        enquiry.updatedAt = now;
        return enquiry;
    }

    /** The initial child protection conference was held on the day (a working day, not before the enquiry). */
    public void conferenceHeld(LocalDate on, LocalDate today, Instant now) {
        requireOpen();
        if (on.isAfter(today)) {
            throw new Section47RuleViolated(
                    "conference-in-future", "A conference cannot be recorded before it is held.");
        }
        if (on.isBefore(startDate)) {
            throw new Section47RuleViolated(
                    "conference-before-enquiry",
                    "The conference (" + on + ") cannot be before the enquiry started (" + startDate + ").");
        }
        if (on.getDayOfWeek() == DayOfWeek.SATURDAY || on.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new Section47RuleViolated(
                    "conference-at-weekend",
                    "An initial child protection conference is not held at a weekend (CIN census rule 8875).");
        }
        this.conferenceDate = on;
        this.updatedAt = now;
    }

    /** The enquiry ended without the need for a conference. */
    public void conferenceNotRequired(Instant now) {
        requireOpen();
        this.conferenceNotRequired = true;
        this.updatedAt = now;
    }

    /** Open until its conference is held or found not to be needed. */
    public boolean open() {
        return conferenceDate == null && !conferenceNotRequired;
    }

    private void requireOpen() {
        if (!open()) {
            throw new Section47RuleViolated(
                    "enquiry-completed",
                    conferenceDate != null
                            ? "The initial child protection conference was held on " + conferenceDate + "."
                            : "The enquiry ended without a conference.");
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

    public UUID referralId() {
        return referralId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate conferenceTarget() {
        return conferenceTarget;
    }

    public LocalDate conferenceDate() {
        return conferenceDate;
    }

    public boolean conferenceNotRequired() {
        return conferenceNotRequired;
    }

    public long version() {
        return version;
    }
}
