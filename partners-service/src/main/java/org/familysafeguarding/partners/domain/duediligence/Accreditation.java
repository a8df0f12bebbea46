package org.familysafeguarding.partners.domain.duediligence;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a council accredits an agency now; every change is kept in {@link AccreditationChange}. */
@Entity
@Table(name = "accreditation")
public class Accreditation {

    public enum Status {
        ACCREDITED,
        NOT_ACCREDITED
    }

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "status_since", nullable = false)
    private LocalDate since;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Accreditation() {}

    public static Accreditation notYet(UUID agencyId, String councilCode, LocalDate today) {
        var accreditation = new Accreditation();
        accreditation.id = UUID.randomUUID();
        accreditation.agencyId = agencyId;
        accreditation.councilCode = councilCode;
        accreditation.status = Status.NOT_ACCREDITED;
        accreditation.since = today;
        return accreditation;
    }

    /**
     * Applies a verdict; returns the change to keep in the history (and to announce), if the
     * status or the date it is good until moved.
     */
    public java.util.Optional<AccreditationChange> apply(AccreditationRule.Verdict verdict, LocalDate today) {
        return apply(verdict, today, today);
    }

    /**
     * As {@link #apply(AccreditationRule.Verdict, LocalDate)}; an accreditation is dated from the day
     * its checks were made, but not before {@code earliestSince} (after a lapse, the lapse day).
     */
    public java.util.Optional<AccreditationChange> apply(
            AccreditationRule.Verdict verdict, LocalDate today, LocalDate earliestSince) {
        Status next = verdict.accredited() ? Status.ACCREDITED : Status.NOT_ACCREDITED;
        LocalDate nextValidUntil = verdict.validUntil().orElse(null);
        boolean statusMoved = next != status;
        boolean renewed = !statusMoved && next == Status.ACCREDITED && !nextValidUntil.equals(validUntil);
        if (!statusMoved && !renewed) {
            return java.util.Optional.empty();
        }
        if (statusMoved) {
            // accredited from the day its checks were made, which may be before they were recorded here
            since = next == Status.ACCREDITED
                    ? verdict.metOn()
                            .filter(d -> d.isBefore(today))
                            .map(d -> earliestSince != null && d.isBefore(earliestSince) ? earliestSince : d)
                            .orElse(today)
                    : today;
        }
        status = next;
        validUntil = nextValidUntil;
        return java.util.Optional.of(AccreditationChange.of(this, verdict, today));
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public Status status() {
        return status;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
