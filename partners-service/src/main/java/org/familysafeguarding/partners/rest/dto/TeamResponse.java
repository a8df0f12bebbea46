package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.team.Team;
import org.familysafeguarding.partners.domain.team.TeamMembership;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

@Schema(name = "Team")
public record TeamResponse(
        UUID id,
        String councilCode,
        String name,
        UUID managerPractitionerId,
        Map<PractitionerRole, Integer> caseloadLimits,
        LocalDate formedOn,
        List<TeamMemberResponse> members) {

    public static TeamResponse of(Team team, List<TeamMembership> members) {
        return new TeamResponse(
                team.id(),
                team.councilCode(),
                team.name(),
                team.managerPractitionerId(),
                team.caseloadLimits(),
                team.formedOn(),
                members.stream().map(TeamMemberResponse::of).toList());
    }
}
