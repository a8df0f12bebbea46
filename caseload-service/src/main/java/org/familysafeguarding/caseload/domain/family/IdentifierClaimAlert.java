package org.familysafeguarding.caseload.domain.family;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A refused attempt to record, for a new adult, a CRN or NHS number another adult already holds: told
 * to the partnership admins of the council that holds it (with its adult) and of the council that
 * tried (with who tried). Neither learns the other council.
 */
@Entity
@Table(name = "identifier_claim_alert")
public class IdentifierClaimAlert {

    public enum Side {
        HOLDER,
        CLAIMANT
    }

    public enum IdentifierKind {
        CRN,
        NHS_NUMBER
    }

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "identifier_kind", nullable = false)
    private IdentifierKind identifierKind;

    @Column(name = "adult_id")
    private UUID adultId;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    protected IdentifierClaimAlert() {}

    /** The pair of alerts for one refused claim: the holder's council and the claimant's. */
    public static IdentifierClaimAlert[] of(
            Adult holder, IdentifierKind kind, String claimantCouncil, String claimedBy, Instant now) {
        return new IdentifierClaimAlert[] {
            alert(holder.councilCode(), Side.HOLDER, kind, holder.id(), null, now),
            alert(claimantCouncil, Side.CLAIMANT, kind, null, claimedBy, now)
        };
    }

    private static IdentifierClaimAlert alert(
            String council, Side side, IdentifierKind kind, UUID adultId, String claimedBy, Instant now) {
        var alert = new IdentifierClaimAlert();
        alert.id = UUID.randomUUID();
        alert.councilCode = council;
        alert.side = side;
        alert.identifierKind = kind;
        alert.adultId = adultId;
        alert.claimedBy = claimedBy;
        alert.claimedAt = now;
        return alert;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public Side side() {
        return side;
    }

    public IdentifierKind identifierKind() {
        return identifierKind;
    }

    public UUID adultId() {
        return adultId;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }
}
