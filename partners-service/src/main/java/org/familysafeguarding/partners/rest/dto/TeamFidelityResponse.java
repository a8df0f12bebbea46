package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.team.Fidelity;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

@Schema(name = "TeamFidelity")
public record TeamFidelityResponse(
        UUID teamId,
        LocalDate on,
        Map<PractitionerRole.Discipline, BigDecimal> fteByDiscipline,
        List<PractitionerRole.Discipline> lacking) {

    public static TeamFidelityResponse of(UUID teamId, Fidelity fidelity) {
        return new TeamFidelityResponse(teamId, fidelity.on(), fidelity.fteByDiscipline(), fidelity.lacking());
    }
}
