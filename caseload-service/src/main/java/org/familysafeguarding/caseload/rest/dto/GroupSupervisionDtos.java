package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.supervision.ActionStatus;
import org.familysafeguarding.caseload.domain.supervision.Attendee;
import org.familysafeguarding.caseload.domain.supervision.Discipline;
import org.familysafeguarding.caseload.domain.supervision.FamilyDiscussed;
import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;
import org.familysafeguarding.caseload.domain.supervision.RiskRating;
import org.familysafeguarding.caseload.domain.supervision.SupervisionAction;
import org.familysafeguarding.platform.text.FreeText;

/** Requests and answers of group supervision. */
public final class GroupSupervisionDtos {

    private GroupSupervisionDtos() {
    }

    public record AttendeeRequest(@NotNull UUID practitionerId, @NotNull Discipline discipline) {
    }

    public record FamilyRequest(@NotNull UUID familyId, @NotNull RiskRating riskRating,
            @NotBlank @Size(max = 2000) @FreeText String decision) {
    }

    public record ActionRequest(@NotNull UUID familyId, @NotBlank @Size(max = 1000) @FreeText String description,
            @NotNull @Schema(description = "The practitioner (partners-service id) who owns the action") UUID ownerId,
            @NotNull LocalDate dueDate) {
    }

    public record SessionRequest(
            @NotNull @Schema(description = "partners-service's team id") UUID teamId,
            @NotNull LocalDate sessionDate,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull AttendeeRequest> attendees,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull FamilyRequest> families,
            @Size(max = 200) List<@Valid @NotNull ActionRequest> actions) {

        public GroupSupervision.Record toRecord() {
            return new GroupSupervision.Record(teamId, sessionDate,
                    attendees.stream().map(a -> new Attendee(a.practitionerId(), a.discipline())).toList(),
                    families.stream().map(f -> new FamilyDiscussed(f.familyId(), f.riskRating(), f.decision().strip())).toList(),
                    actions == null ? List.of() : actions.stream().map(a -> new GroupSupervision.PlannedAction(
                            a.familyId(), a.description().strip(), a.ownerId(), a.dueDate())).toList());
        }
    }

    public record StatusRequest(@NotNull ActionStatus status) {
    }

    public record ActionResponse(UUID id, UUID sessionId, UUID teamId, UUID familyId, String description, UUID ownerId,
            LocalDate dueDate, ActionStatus status, boolean overdue, long version) {

        public static ActionResponse of(SupervisionAction a, LocalDate today) {
            return new ActionResponse(a.id(), a.sessionId(), a.teamId(), a.familyId(), a.description(), a.ownerId(),
                    a.dueDate(), a.status(), a.overdueOn(today), a.version());
        }
    }

    public record SessionResponse(UUID id, UUID teamId, LocalDate sessionDate, List<Attendee> attendees,
            @Schema(description = "How many attended from each discipline") Map<Discipline, Long> attendeesByDiscipline,
            List<FamilyDiscussed> families, List<ActionResponse> actions, String recordedBy, String agreedBy,
            Instant agreedAt, long version) {

        public static SessionResponse of(GroupSupervision s, List<SupervisionAction> actions, LocalDate today) {
            return new SessionResponse(s.id(), s.teamId(), s.sessionDate(),
                    s.attendees().stream().sorted(Comparator.comparing(Attendee::discipline)
                            .thenComparing(Attendee::practitionerId)).toList(),
                    s.attendees().stream().collect(Collectors.groupingBy(Attendee::discipline, TreeMap::new,
                            Collectors.counting())),
                    s.families().stream().sorted(Comparator.comparing(FamilyDiscussed::familyId)).toList(),
                    actions.stream().map(a -> ActionResponse.of(a, today)).toList(),
                    s.recordedBy(), s.agreedBy(), s.agreedAt(), s.version());
        }
    }

    /** A session in a list: no decisions or actions, just what it was. */
    public record SessionSummary(UUID id, UUID teamId, LocalDate sessionDate, int attendees, int families,
            String agreedBy, long version) {

        public static SessionSummary of(GroupSupervision s) {
            return new SessionSummary(s.id(), s.teamId(), s.sessionDate(), s.attendees().size(), s.families().size(),
                    s.agreedBy(), s.version());
        }
    }
}
