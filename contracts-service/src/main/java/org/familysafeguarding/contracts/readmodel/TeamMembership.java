package org.familysafeguarding.contracts.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practitioner's time in a council's team, from and to (both days included; open while no end). */
@Entity
@Table(name = "team_membership")
public class TeamMembership {

    @Id
    private UUID id;

    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TeamMembership() {}

    public static TeamMembership joined(
            UUID practitionerId, UUID teamId, String councilCode, LocalDate from, Instant now) {
        var membership = new TeamMembership();
        membership.id = UUID.randomUUID();
        membership.practitionerId = practitionerId;
        membership.teamId = teamId;
        membership.councilCode = councilCode;
        membership.fromDate = from;
        membership.updatedAt = now;
        return membership;
    }

    public void left(LocalDate to, Instant now) {
        this.toDate = to;
        this.updatedAt = now;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID teamId() {
        return teamId;
    }

    public String councilCode() {
        return councilCode;
    }

    public LocalDate fromDate() {
        return fromDate;
    }

    public LocalDate toDate() {
        return toDate;
    }
}
