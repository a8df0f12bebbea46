package org.familysafeguarding.caseload.domain.allocation;

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

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.readmodel.Practitioner;

/**
 * A family allocated to a team and its lead social worker, or an adult allocated to a practitioner
 * for one specialism. Open until ended; an ended allocation stays as history, and a reallocation
 * names the allocation that replaced it.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "adult_id", updatable = false)
    private UUID adultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Specialism specialism;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private UUID agencyId;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "replaced_by")
    private UUID replacedBy;

    @Column(name = "allocated_by", nullable = false, updatable = false)
    private String allocatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Allocation() {}

    /** The family to the team and its lead social worker; the check has passed. */
    public static Allocation ofFamily(
            Family family,
            UUID teamId,
            Practitioner lead,
            LocalDate from,
            String allocatedBy,
            LocalDate today,
            Instant now) {
        return allocate(
                family.councilCode(),
                family.id(),
                null,
                Specialism.LEAD_SOCIAL_WORK,
                teamId,
                lead,
                from,
                allocatedBy,
                today,
                now);
    }

    /** The adult to a practitioner for an adult-facing specialism; the check has passed. */
    public static Allocation ofAdult(
            Adult adult,
            Specialism specialism,
            UUID teamId,
            Practitioner practitioner,
            LocalDate from,
            String allocatedBy,
            LocalDate today,
            Instant now) {
        if (!specialism.adultFacing()) {
            throw new AllocationRefused(
                    "not-an-adult-specialism",
                    "An adult is allocated for an adult-facing specialism; lead social work is the family's allocation.");
        }
        return allocate(
                adult.councilCode(),
                adult.familyId(),
                adult.id(),
                specialism,
                teamId,
                practitioner,
                from,
                allocatedBy,
                today,
                now);
    }

    private static Allocation allocate(
            String council,
            UUID familyId,
            UUID adultId,
            Specialism specialism,
            UUID teamId,
            Practitioner practitioner,
            LocalDate from,
            String allocatedBy,
            LocalDate today,
            Instant now) {
        if (from.isAfter(today)) {
            throw new AllocationRefused(
                    "allocation-in-the-future", "An allocation starts today or earlier, not " + from + ".");
        }
        var allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.councilCode = council;
        allocation.familyId = familyId;
        allocation.adultId = adultId;
        allocation.specialism = specialism;
        allocation.teamId = teamId;
        allocation.practitionerId = practitioner.id();
        allocation.agencyId = practitioner.agencyId();
        allocation.fromDate = from;
        allocation.allocatedBy = allocatedBy;
        allocation.createdAt = now;
        allocation.updatedAt = now;
        return allocation;
    }

    /** Ends the allocation on the date (its last day), with the reason. */
    public void end(LocalDate on, String reason, LocalDate today, Instant now) {
        if (toDate != null) {
            throw new AllocationRefused("allocation-already-ended", "The allocation ended on " + toDate + ".");
        }
        if (on.isBefore(fromDate) || on.isAfter(today)) {
            throw new AllocationRefused(
                    "end-date-out-of-range",
                    "An allocation ends between its start (" + fromDate + ") and today, not on " + on + ".");
        }
        this.toDate = on;
        this.endReason = reason;
        this.updatedAt = now;
    }

    /** Ended because another allocation takes over the work on the date. */
    public void replaceWith(Allocation successor, String reason, LocalDate today, Instant now) {
        end(successor.fromDate, reason, today, now);
        this.replacedBy = successor.id;
    }

    public boolean open() {
        return toDate == null;
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

    public Specialism specialism() {
        return specialism;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public LocalDate from() {
        return fromDate;
    }

    public LocalDate to() {
        return toDate;
    }

    public String endReason() {
        return endReason;
    }

    public UUID replacedBy() {
        return replacedBy;
    }

    public String allocatedBy() {
        return allocatedBy;
    }

    public long version() {
        return version;
    }
}
