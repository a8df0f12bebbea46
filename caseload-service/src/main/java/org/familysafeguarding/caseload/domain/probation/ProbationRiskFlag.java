package org.familysafeguarding.caseload.domain.probation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.family.Adult;

/**
 * A probation registration on an adult of a family (MAPPA, child protection, high RoSH...), as
 * probation's domain events tell it. Ended by deregistration (CLOSED) or by deletion of an entry made
 * in error (REMOVED); never deleted, so the history stays.
 */
@Entity
@Table(name = "probation_risk_flag")
public class ProbationRiskFlag {

    /** The codes and dates of a registration; no description text is kept. */
    public record Registration(
            String registrationId,
            String registerCode,
            String categoryCode,
            String levelCode,
            LocalDate registeredOn) {}

    @Id
    private UUID id;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(nullable = false, updatable = false)
    private String crn;

    @Column(name = "registration_id", updatable = false)
    private String registrationId;

    @Column(name = "register_code", nullable = false)
    private String registerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskFlagKind flag;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "level_code")
    private String levelCode;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProbationRiskFlag() {}

    public static ProbationRiskFlag raise(
            Adult adult, Registration registration, RegisterCodeMapping mapping, Instant now) {
        var flag = new ProbationRiskFlag();
        flag.id = UUID.randomUUID();
        flag.adultId = adult.id();
        flag.familyId = adult.familyId();
        flag.councilCode = adult.councilCode();
        flag.crn = adult.crn();
        flag.registrationId = registration.registrationId();
        flag.raisedAt = now;
        flag.status = FlagStatus.ACTIVE;
        flag.set(registration, mapping.flagFor(registration.registerCode()), registration.registeredOn(), now);
        return flag;
    }

    /**
     * A registration updated in Delius (its level or category); an ended flag is active again only by
     * a new registration.
     *
     * @return whether anything the flag holds changed (the same registration told twice changes nothing)
     */
    public boolean change(Registration registration, RegisterCodeMapping mapping, Instant now) {
        RiskFlagKind kind = mapping.flagFor(registration.registerCode());
        LocalDate on = registration.registeredOn() != null ? registration.registeredOn() : registeredOn;
        boolean same = registration.registerCode().equals(registerCode)
                && kind == flag
                && Objects.equals(blankToNull(registration.categoryCode()), categoryCode)
                && Objects.equals(blankToNull(registration.levelCode()), levelCode)
                && Objects.equals(on, registeredOn);
        if (same) {
            return false;
        }
        set(registration, kind, on, now);
        return true;
    }

    private void set(Registration registration, RiskFlagKind kind, LocalDate on, Instant now) {
        this.registerCode = registration.registerCode();
        this.flag = kind;
        this.categoryCode = blankToNull(registration.categoryCode());
        this.levelCode = blankToNull(registration.levelCode());
        this.registeredOn = on;
        this.updatedAt = now;
    }

    public void end(FlagStatus how, LocalDate on, Instant now) {
        if (how == FlagStatus.ACTIVE) {
            throw new IllegalArgumentException("a flag ends CLOSED or REMOVED");
        }
        this.status = how;
        this.endedOn = on;
        this.updatedAt = now;
    }

    public boolean active() {
        return status == FlagStatus.ACTIVE;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID adultId() {
        return adultId;
    }

    public UUID familyId() {
        return familyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public String crn() {
        return crn;
    }

    public String registrationId() {
        return registrationId;
    }

    public String registerCode() {
        return registerCode;
    }

    public RiskFlagKind flag() {
        return flag;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String levelCode() {
        return levelCode;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public FlagStatus status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
