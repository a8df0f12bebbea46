package org.familysafeguarding.partners.domain.duediligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check of one agency for one council. Never changed: a renewal is a new check. */
@Entity
@Table(name = "due_diligence_check")
public class DueDiligenceCheck {

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckOutcome outcome;

    /** The credit score, for a credit check. */
    private Integer score;

    @Column(name = "evidence_reference", nullable = false)
    private String evidenceReference;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DueDiligenceCheck() {}

    public record Details(
            CheckType type,
            CheckOutcome outcome,
            Integer score,
            String evidenceReference,
            LocalDate checkedOn,
            LocalDate expiresOn) {}

    public static DueDiligenceCheck record(
            UUID agencyId, String councilCode, Details details, String checkedBy, LocalDate today, Instant now) {
        if (details.checkedOn().isAfter(today)) {
            throw new CheckRefused("checked-in-future", "A check cannot be dated after today.");
        }
        if (!details.expiresOn().isAfter(details.checkedOn())) {
            throw new CheckRefused("expiry-before-check", "A check must expire after the day it was done.");
        }
        if (details.type() == CheckType.CREDIT_CHECK && details.score() == null) {
            throw new CheckRefused("score-required", "A credit check records its score.");
        }
        var check = new DueDiligenceCheck();
        check.id = UUID.randomUUID();
        check.agencyId = agencyId;
        check.councilCode = councilCode;
        check.type = details.type();
        check.outcome = details.outcome();
        check.score = details.score();
        check.evidenceReference = details.evidenceReference().strip();
        check.checkedBy = checkedBy;
        check.checkedOn = details.checkedOn();
        check.expiresOn = details.expiresOn();
        check.recordedAt = now;
        return check;
    }

    /** Passed and not yet expired on this day (a check is good through its expiry date). */
    public boolean validOn(LocalDate day) {
        return outcome == CheckOutcome.PASSED && !expiresOn.isBefore(day);
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public CheckType type() {
        return type;
    }

    public CheckOutcome outcome() {
        return outcome;
    }

    public Integer score() {
        return score;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
