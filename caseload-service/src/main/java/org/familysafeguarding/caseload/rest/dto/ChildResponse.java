package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.family.Child;

public record ChildResponse(
        UUID id,
        UUID familyId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        boolean unborn,
        String sex,
        String ethnicity,
        List<String> disabilities,
        String upn,
        String nhsNumber,
        String councilChildId,
        long version) {

    public static ChildResponse of(Child child) {
        return new ChildResponse(
                child.id(),
                child.familyId(),
                child.name().given(),
                child.name().family(),
                child.dateOfBirth(),
                child.expectedDateOfBirth(),
                child.unborn(),
                child.sex(),
                child.ethnicity(),
                child.disabilities().stream().sorted().toList(),
                child.upn(),
                child.nhsNumber(),
                child.councilChildId(),
                child.version());
    }
}
