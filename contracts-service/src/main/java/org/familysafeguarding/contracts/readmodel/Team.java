package org.familysafeguarding.contracts.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Family Safeguarding team and the council it works in, from partners-service's team-formed event. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Team() {}

    public static Team formed(UUID id, String councilCode, LocalDate formedOn, Instant now) {
        var team = new Team();
        team.id = id;
        team.councilCode = councilCode;
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

    public LocalDate formedOn() {
        return formedOn;
    }
}
