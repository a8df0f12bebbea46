package org.familysafeguarding.partners.domain.team;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

/** A practitioner's time in a team, in a role, from one date to another (open while they stay). */
@Entity
@Table(name = "team_membership")
public class TeamMembership {

    @Id
    private UUID id;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PractitionerRole role;

    @Column(name = "fte", nullable = false)
    private java.math.BigDecimal fte;

    @Column(name = "from_date", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "to_date")
    private LocalDate leftOn;

    protected TeamMembership() {}

    public static TeamMembership join(
            UUID teamId,
            UUID practitionerId,
            UUID agencyId,
            PractitionerRole role,
            java.math.BigDecimal fte,
            LocalDate from) {
        var membership = new TeamMembership();
        membership.id = UUID.randomUUID();
        membership.teamId = teamId;
        membership.practitionerId = practitionerId;
        membership.agencyId = agencyId;
        membership.role = role;
        membership.fte = fte;
        membership.joinedOn = from;
        return membership;
    }

    public void leave(LocalDate on) {
        if (leftOn != null) {
            throw new TeamRuleViolated("already-left", "The practitioner left this team on " + leftOn + ".");
        }
        if (on.isBefore(joinedOn)) {
            throw new TeamRuleViolated("leaves-before-joining", "A practitioner cannot leave before they joined.");
        }
        leftOn = on;
    }

    public boolean currentOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public PractitionerRole role() {
        return role;
    }

    public java.math.BigDecimal fte() {
        return fte;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
