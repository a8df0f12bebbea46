package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.allocation.Specialism;

public record AllocationResponse(
        UUID id,
        String councilCode,
        UUID familyId,
        UUID adultId,
        Specialism specialism,
        UUID teamId,
        UUID practitionerId,
        UUID agencyId,
        LocalDate from,
        LocalDate to,
        boolean open,
        String endReason,
        UUID replacedBy,
        String allocatedBy,
        long version) {

    public static AllocationResponse of(Allocation a) {
        return new AllocationResponse(
                a.id(),
                a.councilCode(),
                a.familyId(),
                a.adultId(),
                a.specialism(),
                a.teamId(),
                a.practitionerId(),
                a.agencyId(),
                a.from(),
                a.to(),
                a.open(),
                a.endReason(),
                a.replacedBy(),
                a.allocatedBy(),
                a.version());
    }
}
