package org.familysafeguarding.caseload.domain.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.allocation.Allocation;

/**
 * A piece of work with a parent, recorded by the practitioner allocated to them. Its notes are
 * confidential to the recording agency unless shared. An intervention entered in error is voided,
 * never deleted.
 */
@Entity
@Table(name = "intervention")
public class Intervention {

    public record Details(
            InterventionType type,
            LocalDate occurredOn,
            int durationMinutes,
            TestResult testResult,
            String notes,
            boolean notesShared) {}

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Column(name = "allocation_id", nullable = false, updatable = false)
    private UUID allocationId;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InterventionType type;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "test_result", updatable = false)
    private TestResult testResult;

    @Column(updatable = false)
    private String notes;

    @Column(name = "notes_shared", nullable = false, updatable = false)
    private boolean notesShared;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Intervention() {}

    /**
     * Days after an allocation ends during which the work done under it can still be recorded (the
     * last visits are often written up after the case moves on; KPIs would miss them otherwise).
     */
    public static final int LATE_RECORDING_DAYS = 14;

    /**
     * Recorded under the allocation that ties the practitioner to the adult: work done while it was
     * open (from its start to its last day), recorded while it is open or within
     * {@link #LATE_RECORDING_DAYS} days of its end.
     */
    public static Intervention record(
            Allocation allocation, UUID adultId, Details details, LocalDate today, Instant now) {
        if (!allocation.open()) {
            if (details.occurredOn().isAfter(allocation.to())) {
                throw new InterventionRuleViolated(
                        "after-allocation",
                        "The allocation ended on " + allocation.to() + "; work on " + details.occurredOn()
                                + " came after it.");
            }
            if (today.isAfter(allocation.to().plusDays(LATE_RECORDING_DAYS))) {
                throw new InterventionRuleViolated(
                        "allocation-ended",
                        "The allocation ended on " + allocation.to()
                                + "; work done under it can be recorded up to " + LATE_RECORDING_DAYS
                                + " days after, until "
                                + allocation.to().plusDays(LATE_RECORDING_DAYS) + ".");
            }
        }
        if (details.occurredOn().isAfter(today)) {
            throw new InterventionRuleViolated(
                    "intervention-in-the-future",
                    "An intervention is recorded once it has happened, not for " + details.occurredOn() + ".");
        }
        if (details.occurredOn().isBefore(allocation.from())) {
            throw new InterventionRuleViolated(
                    "before-allocation",
                    "The allocation started on " + allocation.from() + "; work on " + details.occurredOn()
                            + " predates it.");
        }
        if (details.type().hasResult() && details.testResult() == null) {
            throw new InterventionRuleViolated("test-result-required", "A " + details.type() + " needs its result.");
        }
        if (!details.type().hasResult() && details.testResult() != null) {
            throw new InterventionRuleViolated(
                    "test-result-not-applicable",
                    "Only a drug or alcohol test has a result, not a " + details.type() + ".");
        }
        var intervention = new Intervention();
        intervention.id = UUID.randomUUID();
        intervention.councilCode = allocation.councilCode();
        intervention.familyId = allocation.familyId();
        intervention.adultId = adultId;
        intervention.allocationId = allocation.id();
        intervention.practitionerId = allocation.practitionerId();
        intervention.agencyId = allocation.agencyId();
        intervention.type = details.type();
        intervention.occurredOn = details.occurredOn();
        intervention.durationMinutes = details.durationMinutes();
        intervention.testResult = details.testResult();
        intervention.notes = details.notes() == null || details.notes().isBlank()
                ? null
                : details.notes().strip();
        intervention.notesShared = details.notesShared();
        intervention.recordedAt = now;
        intervention.updatedAt = now;
        return intervention;
    }

    /** Withdrawn as entered in error; stays on the record, marked void. */
    public void voidAsError(String reason, Instant now) {
        if (voidedAt != null) {
            throw new InterventionRuleViolated("already-voided", "The intervention was voided at " + voidedAt + ".");
        }
        this.voidedAt = now;
        this.voidReason = reason;
        this.updatedAt = now;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID adultId() {
        return adultId;
    }

    public UUID allocationId() {
        return allocationId;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public InterventionType type() {
        return type;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public TestResult testResult() {
        return testResult;
    }

    public String notes() {
        return notes;
    }

    public boolean notesShared() {
        return notesShared;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidReason() {
        return voidReason;
    }

    public long version() {
        return version;
    }
}
