package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.council.Council;

@Schema(name = "Council")
public record CouncilResponse(
        String code,
        String name,
        String localAuthorityNumber,
        LocalDate modelAdoptedOn,
        String inHoursPhone,
        String outOfHoursPhone,
        BigDecimal keyDecisionThreshold,
        BigDecimal officerUpTo,
        BigDecimal cabinetMemberUpTo,
        List<CouncilRequest.Population> childPopulation,
        Instant registeredAt,
        long version) {

    public static CouncilResponse of(Council council) {
        var t = council.decisionThresholds();
        return new CouncilResponse(
                council.code(),
                council.name(),
                council.localAuthorityNumber(),
                council.modelAdoptedOn(),
                council.inHoursPhone(),
                council.outOfHoursPhone(),
                t.keyDecision(),
                t.officerUpTo(),
                t.cabinetMemberUpTo(),
                council.childPopulation().stream()
                        .map(p -> new CouncilRequest.Population(p.year(), p.children()))
                        .toList(),
                council.registeredAt(),
                council.version());
    }
}
