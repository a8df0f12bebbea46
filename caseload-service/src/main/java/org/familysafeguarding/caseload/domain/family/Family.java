package org.familysafeguarding.caseload.domain.family;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A family the partnership works with. It belongs to one council, for good. */
@Entity
@Table(name = "family")
public class Family {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    /** How the practitioners name the family, e.g. "Ashdown family". */
    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Family() {}

    public static Family open(String councilCode, String name, Instant now) {
        var family = new Family();
        family.id = UUID.randomUUID();
        family.councilCode = councilCode;
        family.name = name.strip();
        family.createdAt = now;
        family.updatedAt = now;
        return family;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
