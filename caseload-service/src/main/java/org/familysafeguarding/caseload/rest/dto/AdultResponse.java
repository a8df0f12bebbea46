package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.ChildRelationship;

public record AdultResponse(
        UUID id,
        UUID familyId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String nhsNumber,
        String crn,
        List<ChildRelationship> relationships,
        long version) {

    public static AdultResponse of(Adult adult) {
        return new AdultResponse(
                adult.id(),
                adult.familyId(),
                adult.name().given(),
                adult.name().family(),
                adult.dateOfBirth(),
                adult.nhsNumber(),
                adult.crn(),
                adult.relationships(),
                adult.version());
    }
}
