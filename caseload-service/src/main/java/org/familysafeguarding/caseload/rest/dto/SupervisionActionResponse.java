package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.supervision.ActionStatus;
import org.familysafeguarding.caseload.domain.supervision.SupervisionAction;

public record SupervisionActionResponse(
        UUID id,
        UUID sessionId,
        UUID teamId,
        UUID familyId,
        String description,
        UUID ownerId,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        long version) {

    public static SupervisionActionResponse of(SupervisionAction a, LocalDate today) {
        return new SupervisionActionResponse(
                a.id(),
                a.sessionId(),
                a.teamId(),
                a.familyId(),
                a.description(),
                a.ownerId(),
                a.dueDate(),
                a.status(),
                a.overdueOn(today),
                a.version());
    }
}
