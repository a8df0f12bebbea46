package org.familysafeguarding.caseload.domain.probation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A probation event for a CRN no adult holds: kept, never dropped, for a partnership admin to review,
 * and applied when an adult is recorded with that CRN. The payload is the envelope as received
 * (codes, ids and dates; HMPPS events carry no names).
 */
@Entity
@Table(name = "unmatched_probation_event")
public class UnmatchedProbationEvent {

    @Id
    private UUID id;

    @Column(name = "event_key", nullable = false, updatable = false)
    private String eventKey;

    @Column(nullable = false, updatable = false)
    private String crn;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "register_code", updatable = false)
    private String registerCode;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "matched_at")
    private Instant matchedAt;

    protected UnmatchedProbationEvent() {}

    public static UnmatchedProbationEvent keep(
            String eventKey,
            String crn,
            String eventType,
            Instant occurredAt,
            String registerCode,
            String payload,
            Instant now) {
        var e = new UnmatchedProbationEvent();
        e.id = UUID.randomUUID();
        e.eventKey = eventKey;
        e.crn = crn;
        e.eventType = eventType;
        e.occurredAt = occurredAt;
        e.registerCode = registerCode;
        e.payload = payload;
        e.receivedAt = now;
        return e;
    }

    public void matched(Instant now) {
        this.matchedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String eventKey() {
        return eventKey;
    }

    public String crn() {
        return crn;
    }

    public String eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String registerCode() {
        return registerCode;
    }

    public String payload() {
        return payload;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant matchedAt() {
        return matchedAt;
    }
}
