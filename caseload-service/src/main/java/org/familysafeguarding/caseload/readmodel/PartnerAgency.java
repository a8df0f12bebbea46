package org.familysafeguarding.caseload.readmodel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this service knows of a partner agency, learnt from partners-service events. Only
 * partners-service changes agencies; this copy follows it.
 */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency {

    public static final String IN_HOUSE = "IN_HOUSE";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    /** For a council's in-house team: that council. */
    @Column(name = "council_code")
    private String councilCode;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The time of the state held (registered or last updated at partners-service). */
    @Column(name = "as_of")
    private Instant asOf;

    protected PartnerAgency() {}

    public static PartnerAgency registered(
            UUID id, String name, String kind, String councilCode, Instant registeredAt, Instant now) {
        var agency = new PartnerAgency();
        agency.id = id;
        agency.registeredAt = registeredAt;
        agency.kind = kind;
        agency.councilCode = councilCode;
        agency.follow(name, kind, councilCode, registeredAt, now);
        return agency;
    }

    /**
     * Takes the name partners-service reported, unless the state held is newer. The kind and an
     * in-house team's council are kept as first learnt (partners-service does not change them): an
     * event that says otherwise must not turn a partner agency's staff into a council's own.
     */
    public void follow(String name, String kind, String councilCode, Instant asOf, Instant now) {
        if (this.asOf != null && asOf != null && asOf.isBefore(this.asOf)) {
            return;
        }
        this.name = name;
        if (this.councilCode == null && IN_HOUSE.equals(this.kind) && IN_HOUSE.equals(kind)) {
            this.councilCode = councilCode; // learnt late, for an in-house team registered before councils were named
        }
        this.asOf = asOf;
        this.updatedAt = now;
    }

    /** One of this council's own teams (partners-service's agency kind {@code IN_HOUSE}, of this council). */
    public boolean inHouseOf(String council) {
        return IN_HOUSE.equals(kind) && councilCode != null && councilCode.equals(council);
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
