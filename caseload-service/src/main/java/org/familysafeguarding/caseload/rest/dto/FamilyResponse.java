package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.service.FamilyRecords.FamilyView;

public record FamilyResponse(
        UUID id,
        String councilCode,
        String name,
        Instant createdAt,
        long version,
        List<ChildResponse> children,
        List<AdultResponse> adults) {

    /** A family in a list: without its people. */
    public static FamilyResponse summary(Family family) {
        return new FamilyResponse(
                family.id(), family.councilCode(), family.name(), family.createdAt(), family.version(), null, null);
    }

    public static FamilyResponse of(FamilyView view) {
        Family family = view.family();
        return new FamilyResponse(
                family.id(),
                family.councilCode(),
                family.name(),
                family.createdAt(),
                family.version(),
                view.children().stream().map(ChildResponse::of).toList(),
                view.adults().stream().map(AdultResponse::of).toList());
    }
}
