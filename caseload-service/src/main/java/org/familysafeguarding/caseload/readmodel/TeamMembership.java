package org.familysafeguarding.caseload.readmodel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A practitioner's place in a team: the latest joining and leaving partners-service reported. A
 * joining dated before the recorded leaving is an old event arriving late and changes nothing.
 */
@Entity
@Table(name = "team_membership")
@IdClass(TeamMembership.Key.class)
public class TeamMembership {

    public record Key(UUID teamId, UUID practitionerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "team_id")
    private UUID teamId;

    @Id
    @Column(name = "practitioner_id")
    private UUID practitionerId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TeamMembership() {}

    public static TeamMembership of(UUID teamId, UUID practitionerId, String councilCode, Instant now) {
        var membership = new TeamMembership();
        membership.teamId = teamId;
        membership.practitionerId = practitionerId;
        membership.councilCode = councilCode;
        membership.updatedAt = now;
        return membership;
    }

    public void joined(LocalDate from, Instant now) {
        if (leftOn != null && !from.isAfter(leftOn)) {
            // the joining that the known leaving ends; a later one is already held
            if (joinedOn == null) {
                this.joinedOn = from;
                this.updatedAt = now;
            }
            return;
        }
        if (joinedOn == null || from.isAfter(joinedOn)) {
            this.joinedOn = from;
            this.leftOn = null;
        }
        this.updatedAt = now;
    }

    public void left(LocalDate to, Instant now) {
        if (joinedOn != null && to.isBefore(joinedOn)) {
            return;
        }
        if (leftOn == null || to.isAfter(leftOn)) {
            this.leftOn = to;
        }
        this.updatedAt = now;
    }

    public boolean memberOn(LocalDate date) {
        return joinedOn != null && !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public String councilCode() {
        return councilCode;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
