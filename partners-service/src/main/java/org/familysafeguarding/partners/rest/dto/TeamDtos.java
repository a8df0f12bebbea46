package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.team.Fidelity;
import org.familysafeguarding.partners.domain.team.Team;
import org.familysafeguarding.partners.domain.team.TeamMembership;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(name = "FormTeamRequest")
    public record Form(@NotBlank @Size(max = 200) String name, @NotNull UUID managerPractitionerId,
            @NotNull @Size(max = 10) Map<@NotNull PractitionerRole, @NotNull Integer> caseloadLimits,
            @NotNull LocalDate formedOn) {
    }

    @Schema(name = "JoinTeamRequest")
    public record Join(@NotNull UUID practitionerId, @NotNull LocalDate from) {
    }

    @Schema(name = "LeaveTeamRequest")
    public record Leave(@NotNull LocalDate on) {
    }

    @Schema(name = "TeamMember")
    public record Member(UUID practitionerId, UUID agencyId, PractitionerRole role, BigDecimal fte, LocalDate from,
            LocalDate to) {

        public static Member of(TeamMembership m) {
            return new Member(m.practitionerId(), m.agencyId(), m.role(), m.fte(), m.joinedOn(), m.leftOn());
        }
    }

    @Schema(name = "Team")
    public record View(UUID id, String councilCode, String name, UUID managerPractitionerId,
            Map<PractitionerRole, Integer> caseloadLimits, LocalDate formedOn, List<Member> members) {

        public static View of(Team team, List<TeamMembership> members) {
            return new View(team.id(), team.councilCode(), team.name(), team.managerPractitionerId(),
                    team.caseloadLimits(), team.formedOn(), members.stream().map(Member::of).toList());
        }
    }

    @Schema(name = "TeamFidelity")
    public record FidelityView(UUID teamId, LocalDate on, Map<PractitionerRole.Discipline, BigDecimal> fteByDiscipline,
            List<PractitionerRole.Discipline> lacking) {

        public static FidelityView of(UUID teamId, Fidelity fidelity) {
            return new FidelityView(teamId, fidelity.on(), fidelity.fteByDiscipline(), fidelity.lacking());
        }
    }
}
