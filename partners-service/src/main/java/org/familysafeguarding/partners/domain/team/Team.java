package org.familysafeguarding.partners.domain.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

/**
 * A multi-disciplinary Family Safeguarding team of a council (e.g. a locality team), with the
 * protected caseload limit the council sets for each role in it.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "manager_id", nullable = false)
    private UUID managerPractitionerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_caseload_limit", joinColumns = @JoinColumn(name = "team_id"))
    @MapKeyColumn(name = "role")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "max_cases", nullable = false)
    private Map<PractitionerRole, Integer> caseloadLimits = new HashMap<>();

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Team() {}

    public static Team form(
            String councilCode,
            String name,
            UUID managerPractitionerId,
            Map<PractitionerRole, Integer> caseloadLimits,
            LocalDate formedOn,
            Instant now) {
        caseloadLimits.forEach((role, limit) -> {
            if (limit == null || limit < 1 || limit > 100) {
                throw new TeamRuleViolated(
                        "caseload-limit-out-of-range", "The caseload limit of " + role + " must be from 1 to 100.");
            }
        });
        var team = new Team();
        team.id = UUID.randomUUID();
        team.councilCode = councilCode;
        team.name = name.strip();
        team.managerPractitionerId = managerPractitionerId;
        team.caseloadLimits.putAll(caseloadLimits);
        team.formedOn = formedOn;
        team.updatedAt = now;
        return team;
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

    public UUID managerPractitionerId() {
        return managerPractitionerId;
    }

    public Map<PractitionerRole, Integer> caseloadLimits() {
        return caseloadLimits.isEmpty() ? Map.of() : new EnumMap<>(caseloadLimits);
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public long version() {
        return version;
    }
}
