package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;
import org.familysafeguarding.partners.domain.workforce.RegistrationBody;

@Schema(name = "Practitioner")
public record PractitionerResponse(
        UUID id,
        UUID agencyId,
        String givenName,
        String familyName,
        PractitionerRole role,
        PractitionerRole.Discipline discipline,
        BigDecimal fte,
        RegistrationBody registrationBody,
        String registrationNumber,
        LocalDate motivationalInterviewingTrainedOn,
        LocalDate startDate,
        LocalDate endDate,
        String login,
        long version) {

    public static PractitionerResponse of(Practitioner p) {
        return new PractitionerResponse(
                p.id(),
                p.agencyId(),
                p.givenName(),
                p.familyName(),
                p.role(),
                p.role().discipline(),
                p.fte(),
                p.registrationBody(),
                p.registrationNumber(),
                p.motivationalInterviewingTrainedOn(),
                p.startDate(),
                p.endDate(),
                p.login(),
                p.version());
    }
}
