package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;

/** A session in a list: no decisions or actions, just what it was. */
public record GroupSupervisionSummaryResponse(
        UUID id, UUID teamId, LocalDate sessionDate, int attendees, int families, String agreedBy, long version) {

    public static GroupSupervisionSummaryResponse of(GroupSupervision s) {
        return new GroupSupervisionSummaryResponse(
                s.id(),
                s.teamId(),
                s.sessionDate(),
                s.attendees().size(),
                s.families().size(),
                s.agreedBy(),
                s.version());
    }
}
