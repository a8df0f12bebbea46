package org.familysafeguarding.caseload.domain.supervision;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A family the team discussed, the risk it rated, and what it decided. */
@Embeddable
public record FamilyDiscussed(
        @Column(name = "family_id", nullable = false) UUID familyId,

        @Enumerated(EnumType.STRING) @Column(name = "risk_rating", nullable = false)
        RiskRating riskRating,

        @Column(name = "decision", nullable = false) String decision) {}
