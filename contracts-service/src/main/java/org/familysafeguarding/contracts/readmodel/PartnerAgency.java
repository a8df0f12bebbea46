package org.familysafeguarding.contracts.readmodel;

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

    protected PartnerAgency() {}

    public static PartnerAgency registered(UUID id, String name, String kind, Instant registeredAt, Instant now) {
        var agency = new PartnerAgency();
        agency.id = id;
        agency.registeredAt = registeredAt;
        agency.follow(name, kind, now);
        return agency;
    }

    /** Takes the latest name and kind partners-service reported. */
    public void follow(String name, String kind, Instant now) {
        this.name = name;
        this.kind = kind;
        this.updatedAt = now;
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
