package org.familysafeguarding.caseload.domain.probation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.familysafeguarding.caseload.domain.family.Adult;

/**
 * Something probation did with the person that the family's workers should know happened: a
 * community manager was allocated (with probation's allocation id, not the manager's name), or a
 * probation case was created. Codes, ids and dates only.
 */
@Entity
@Table(name = "probation_activity")
public class ProbationActivity {

    public enum Kind {
        COMMUNITY_MANAGER_ALLOCATED,
        ENGAGEMENT_CREATED
    }

    @Id
    private UUID id;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(nullable = false, updatable = false)
    private String crn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String reference;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ProbationActivity() {}

    public static ProbationActivity of(Adult adult, Kind kind, String reference, Instant occurredAt, Instant now) {
        var a = new ProbationActivity();
        a.id = UUID.randomUUID();
        a.adultId = adult.id();
        a.councilCode = adult.councilCode();
        a.crn = adult.crn();
        a.kind = kind;
        a.reference = reference;
        a.occurredAt = occurredAt;
        a.recordedAt = now;
        return a;
    }

    public UUID id() {
        return id;
    }

    public UUID adultId() {
        return adultId;
    }

    public Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
