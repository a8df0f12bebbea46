package org.familysafeguarding.caseload.domain.probation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a risk flag's history, from the probation event that caused it. */
@Entity
@Table(name = "probation_risk_flag_change")
public class RiskFlagChange {

    public enum Kind {
        RAISED,
        UPDATED,
        CLOSED,
        REMOVED
    }

    @Id
    private UUID id;

    @Column(name = "flag_id", nullable = false, updatable = false)
    private UUID flagId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind change;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RiskFlagChange() {}

    public static RiskFlagChange of(
            ProbationRiskFlag flag, Kind change, String eventType, Instant occurredAt, Instant now) {
        var c = new RiskFlagChange();
        c.id = UUID.randomUUID();
        c.flagId = flag.id();
        c.change = change;
        c.eventType = eventType;
        c.occurredAt = occurredAt;
        c.recordedAt = now;
        return c;
    }

    public UUID flagId() {
        return flagId;
    }

    public Kind change() {
        return change;
    }

    public String eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
