package org.familysafeguarding.partners.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_service_type", joinColumns = @JoinColumn(name = "agency_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private Set<ServiceType> serviceTypes = new HashSet<>();

    @Version
    private long version;

    protected Agency() {
    }

    /** Registers an agency; its identifiers must suit its kind. */
    public static Agency register(UUID id, String name, AgencyKind kind, AgencyIdentifiers identifiers,
            Set<ServiceType> serviceTypes, String registeredBy, Instant now) {
        var agency = new Agency();
        agency.id = id;
        agency.registeredBy = registeredBy;
        agency.createdAt = now;
        agency.change(name, kind, identifiers, serviceTypes, now);
        return agency;
    }

    /** Takes new details; the identifiers must still suit the kind. */
    public void change(String name, AgencyKind kind, AgencyIdentifiers identifiers, Set<ServiceType> serviceTypes,
            Instant now) {
        identifiers.requireWhatIsNeededFor(kind);
        this.name = name.strip();
        this.kind = kind;
        this.charityNumber = identifiers.charityNumber();
        this.companiesHouseNumber = identifiers.companiesHouseNumber();
        this.odsCode = identifiers.odsCode();
        this.serviceTypes.clear();
        this.serviceTypes.addAll(serviceTypes == null ? Set.of() : serviceTypes);
        this.updatedAt = now;
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

    public Set<ServiceType> serviceTypes() {
        return serviceTypes.isEmpty() ? Set.of() : EnumSet.copyOf(serviceTypes);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant registeredAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
