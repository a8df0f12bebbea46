package org.familysafeguarding.partners.domain.duediligence;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in the history of an agency's accreditation by a council. */
@Entity
@Table(name = "accreditation_change")
public class AccreditationChange {

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Accreditation.Status status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** Why it is not accredited (a {@link AccreditationRule.Shortfall}), when it is not. */
    private String reason;

    /** The check types behind the reason, comma-separated. */
    @Column(name = "check_types")
    private String checkTypes;

    @Column(name = "recorded_at", nullable = false)
    private java.time.Instant recordedAt;

    protected AccreditationChange() {}

    static AccreditationChange of(Accreditation accreditation, AccreditationRule.Verdict verdict, LocalDate today) {
        var change = new AccreditationChange();
        change.id = UUID.randomUUID();
        change.agencyId = accreditation.agencyId();
        change.councilCode = accreditation.councilCode();
        change.status = accreditation.status();
        change.changedOn = today;
        change.recordedAt = java.time.Instant.now();
        change.validUntil = accreditation.validUntil();
        change.reason = verdict.shortfall().map(Enum::name).orElse(null);
        change.checkTypes =
                verdict.failingTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return change;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public Accreditation.Status status() {
        return status;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String reason() {
        return reason;
    }

    public Set<String> checkTypes() {
        return checkTypes == null || checkTypes.isEmpty() ? Set.of() : Set.of(checkTypes.split(","));
    }
}
