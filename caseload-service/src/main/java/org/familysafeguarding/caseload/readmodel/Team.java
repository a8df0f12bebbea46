package org.familysafeguarding.caseload.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A council's Family Safeguarding team with its protected caseload per role, from partners-service. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "manager_practitioner_id")
    private UUID managerPractitionerId;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_caseload_limit", joinColumns = @JoinColumn(name = "team_id"))
    @MapKeyColumn(name = "role")
    @Column(name = "cases")
    private Map<String, Integer> caseloadLimits = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Team() {}

    public static Team formed(
            UUID id,
            String councilCode,
            UUID managerPractitionerId,
            Map<String, Integer> limits,
            LocalDate formedOn,
            Instant now) {
        var team = new Team();
        team.id = id;
        team.councilCode = councilCode;
        team.managerPractitionerId = managerPractitionerId;
        team.formedOn = formedOn;
        team.caseloadLimits.putAll(limits);
        team.updatedAt = now;
        return team;
    }

    /** The open allocations a full-time holder of the role may carry; empty when the team sets none. */
    public Optional<Integer> caseloadLimit(String role) {
        return Optional.ofNullable(caseloadLimits.get(role));
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID managerPractitionerId() {
        return managerPractitionerId;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public Map<String, Integer> caseloadLimits() {
        return Map.copyOf(caseloadLimits);
    }
}
