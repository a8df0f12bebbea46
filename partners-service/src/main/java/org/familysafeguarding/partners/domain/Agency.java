package org.familysafeguarding.partners.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner agency: an organisation whose workers take part in a council's Family Safeguarding teams. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Column(name = "charity_number")
    private String charityNumber;

    @Column(name = "companies_house_number")
    private String companiesHouseNumber;

    @Column(name = "ods_code")
    private String odsCode;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Agency() {
    }

    /** Registers an agency; its identifiers must suit its kind. */
    public static Agency register(UUID id, String name, AgencyKind kind, AgencyIdentifiers identifiers,
            String registeredBy, Instant now) {
        identifiers.requireWhatIsNeededFor(kind);
        var agency = new Agency();
        agency.id = id;
        agency.name = name.strip();
        agency.kind = kind;
        agency.charityNumber = identifiers.charityNumber();
        agency.companiesHouseNumber = identifiers.companiesHouseNumber();
        agency.odsCode = identifiers.odsCode();
        agency.registeredBy = registeredBy;
        agency.createdAt = now;
        agency.updatedAt = now;
        return agency;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AgencyKind kind() {
        return kind;
    }

    public AgencyIdentifiers identifiers() {
        return new AgencyIdentifiers(charityNumber, companiesHouseNumber, odsCode);
    }

    public Instant registeredAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
