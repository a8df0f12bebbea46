package org.familysafeguarding.caseload.rest.dto;

import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.service.ProbationRecords;

public record AdultRiskFlagsResponse(
        UUID adultId, List<RiskFlagResponse> flags, List<ProbationActivityResponse> probationActivity) {

    public static AdultRiskFlagsResponse of(ProbationRecords.AdultProbation p) {
        return new AdultRiskFlagsResponse(
                p.adultId(),
                p.flags().stream().map(RiskFlagResponse::of).toList(),
                p.activity().stream().map(ProbationActivityResponse::of).toList());
    }
}
