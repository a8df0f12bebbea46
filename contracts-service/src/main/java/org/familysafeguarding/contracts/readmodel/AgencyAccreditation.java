package org.familysafeguarding.contracts.readmodel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Whether a council has accredited a partner agency, learnt from partners-service events. A
 * contract may be awarded only to an agency accredited by the buying council.
 */
@Entity
@Table(name = "agency_accreditation")
public class AgencyAccreditation {

    @Embeddable
    public record Key(
            @Column(name = "agency_id") UUID agencyId,
            @Column(name = "council_code") String councilCode) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "accredited_on")
    private LocalDate accreditedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "lapsed_on")
    private LocalDate lapsedOn;

    @Column(name = "lapse_reason")
    private String lapseReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AgencyAccreditation() {}

    public static AgencyAccreditation of(UUID agencyId, String councilCode, Instant now) {
        var accreditation = new AgencyAccreditation();
        accreditation.key = new Key(agencyId, councilCode);
        accreditation.updatedAt = now;
        return accreditation;
    }

    /** An accreditation later than a lapse renews it; an older one (arriving late) does not undo the lapse. */
    public void accredited(LocalDate on, LocalDate validUntil, Instant now) {
        if (lapsedOn != null && on.isBefore(lapsedOn)) {
            return;
        }
        this.accreditedOn = on;
        this.validUntil = validUntil;
        this.lapsedOn = null;
        this.lapseReason = null;
        this.updatedAt = now;
    }

    public void lapsed(LocalDate on, String reason, Instant now) {
        if (accreditedOn != null && on.isBefore(accreditedOn)) {
            return;
        }
        this.lapsedOn = on;
        this.lapseReason = reason;
        this.updatedAt = now;
    }

    public boolean accreditedOn(LocalDate date) {
        return accreditedOn != null
                && !date.isBefore(accreditedOn)
                && (validUntil == null || !date.isAfter(validUntil))
                && (lapsedOn == null || date.isBefore(lapsedOn));
    }

    public UUID agencyId() {
        return key.agencyId();
    }

    public String councilCode() {
        return key.councilCode();
    }

    public LocalDate accreditedOn() {
        return accreditedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public LocalDate lapsedOn() {
        return lapsedOn;
    }

    public String lapseReason() {
        return lapseReason;
    }
}
