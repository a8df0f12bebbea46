package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.service.ProbationRecords;

public record RiskFlagResponse(
        UUID id,
        String flag,
        String registerCode,
        String categoryCode,
        String levelCode,
        String registrationId,
        LocalDate registeredOn,
        String status,
        LocalDate endedOn,
        List<FlagChangeResponse> history) {

    static RiskFlagResponse of(ProbationRecords.FlagWithHistory f) {
        var flag = f.flag();
        return new RiskFlagResponse(
                flag.id(),
                flag.flag().name(),
                flag.registerCode(),
                flag.categoryCode(),
                flag.levelCode(),
                flag.registrationId(),
                flag.registeredOn(),
                flag.status().name(),
                flag.endedOn(),
                f.history().stream().map(FlagChangeResponse::of).toList());
    }
}
