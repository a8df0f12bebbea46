package org.familysafeguarding.partners.domain.agency;

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

    /** The council whose in-house team this is; none for a partner agency. */
    @Column(name = "council_code")
    private String councilCode;

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

    protected Agency() {}

    /**
     * Registers an agency; its identifiers must suit its kind, and a council's in-house team names its
     * council (a partner agency names none).
     */
    public static Agency register(
            UUID id,
            String name,
            AgencyKind kind,
            String councilCode,
            AgencyIdentifiers identifiers,
            Set<ServiceType> serviceTypes,
            String registeredBy,
            Instant now) {
        if ((kind == AgencyKind.IN_HOUSE) != (councilCode != null)) {
            throw new AgencyRuleViolated(
                    "in-house-council",
                    "A council's in-house team must name its council (council), and a partner agency must not.");
        }
        var agency = new Agency();
        agency.id = id;
        agency.kind = kind;
        agency.councilCode = councilCode;
        agency.registeredBy = registeredBy;
        agency.createdAt = now;
        agency.change(name, kind, councilCode, identifiers, serviceTypes, now);
        return agency;
    }

    /**
     * Takes new details; the identifiers must still suit the kind. The kind and the in-house council
     * are fixed at registration: they decide whose staff the agency's workers are in every council,
     * so changing them would hand one council's records to another organisation.
     */
    public void change(
            String name,
            AgencyKind kind,
            String councilCode,
            AgencyIdentifiers identifiers,
            Set<ServiceType> serviceTypes,
            Instant now) {
        // an in-house team registered before teams named their council may name it, once
        boolean namingItsCouncil = this.kind == AgencyKind.IN_HOUSE && this.councilCode == null && councilCode != null;
        if (kind != this.kind || !java.util.Objects.equals(councilCode, this.councilCode) && !namingItsCouncil) {
            throw new AgencyRuleViolated(
                    "agency-kind-fixed",
                    "An agency's kind and in-house council cannot be changed; register a new agency instead.");
        }
        this.councilCode = councilCode;
        identifiers.requireWhatIsNeededFor(kind);
        this.name = name.strip();
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

    /** The council whose in-house team this is, if it is one. */
    public java.util.Optional<String> councilCode() {
        return java.util.Optional.ofNullable(councilCode);
    }

    public boolean inHouseOf(String council) {
        return kind == AgencyKind.IN_HOUSE && council != null && council.equals(councilCode);
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
