package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.supervision.Attendee;
import org.familysafeguarding.caseload.domain.supervision.FamilyDiscussed;
import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;

public record GroupSupervisionRequest(
        @NotNull @Schema(description = "partners-service's team id")
        UUID teamId,

        @NotNull LocalDate sessionDate,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull AttendeeRequest> attendees,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull FamilyDiscussedRequest> families,
        @Size(max = 200) List<@Valid @NotNull SupervisionActionRequest> actions) {

    public GroupSupervision.Record toRecord() {
        return new GroupSupervision.Record(
                teamId,
                sessionDate,
                attendees.stream()
                        .map(a -> new Attendee(a.practitionerId(), a.discipline()))
                        .toList(),
                families.stream()
                        .map(f -> new FamilyDiscussed(
                                f.familyId(), f.riskRating(), f.decision().strip()))
                        .toList(),
                actions == null
                        ? List.of()
                        : actions.stream()
                                .map(a -> new GroupSupervision.PlannedAction(
                                        a.familyId(), a.description().strip(), a.ownerId(), a.dueDate()))
                                .toList());
    }
}
