package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.team.TeamMembership;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

@Schema(name = "TeamMember")
public record TeamMemberResponse(
        UUID practitionerId, UUID agencyId, PractitionerRole role, BigDecimal fte, LocalDate from, LocalDate to) {

    public static TeamMemberResponse of(TeamMembership m) {
        return new TeamMemberResponse(m.practitionerId(), m.agencyId(), m.role(), m.fte(), m.joinedOn(), m.leftOn());
    }
}
