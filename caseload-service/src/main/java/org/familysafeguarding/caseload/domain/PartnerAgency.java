package org.familysafeguarding.caseload.domain;

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

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The time of the state held (registered or last updated at partners-service). */
    @Column(name = "as_of")
    private Instant asOf;

    protected PartnerAgency() {
    }

    public static PartnerAgency registered(UUID id, String name, String kind, Instant registeredAt, Instant now) {
        var agency = new PartnerAgency();
        agency.id = id;
        agency.registeredAt = registeredAt;
        agency.follow(name, kind, registeredAt, now);
        return agency;
    }

    /** Takes the name and kind partners-service reported, unless the state held is newer. */
    public void follow(String name, String kind, Instant asOf, Instant now) {
        if (this.asOf != null && asOf != null && asOf.isBefore(this.asOf)) {
            return;
        }
        this.name = name;
        this.kind = kind;
        this.asOf = asOf;
        this.updatedAt = now;
    }

    /** One of the council's own teams (partners-service's agency kind {@code IN_HOUSE}). */
    public boolean inHouse() {
        return IN_HOUSE.equals(kind);
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
