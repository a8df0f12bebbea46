package org.familysafeguarding.caseload.domain.probation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A worker allocated to the family is told that a probation risk flag on one of its adults was raised, changed or ended. */
@Entity
@Table(name = "worker_notification")
public class WorkerNotification {

    @Id
    private UUID id;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RiskFlagChange.Kind kind;

    @Column(name = "flag_id", updatable = false)
    private UUID flagId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RiskFlagKind flag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WorkerNotification() {}

    public static WorkerNotification of(
            UUID practitionerId, ProbationRiskFlag flag, RiskFlagChange.Kind kind, Instant now) {
        var n = new WorkerNotification();
        n.id = UUID.randomUUID();
        n.practitionerId = practitionerId;
        n.councilCode = flag.councilCode();
        n.familyId = flag.familyId();
        n.adultId = flag.adultId();
        n.kind = kind;
        n.flagId = flag.id();
        n.flag = flag.flag();
        n.createdAt = now;
        return n;
    }

    public UUID id() {
        return id;
    }

    public UUID practitionerId() {
        return practitionerId;
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

    public RiskFlagChange.Kind kind() {
        return kind;
    }

    public UUID flagId() {
        return flagId;
    }

    public RiskFlagKind flag() {
        return flag;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
