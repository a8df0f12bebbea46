package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.supervision.Attendee;
import org.familysafeguarding.caseload.domain.supervision.Discipline;
import org.familysafeguarding.caseload.domain.supervision.FamilyDiscussed;
import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;
import org.familysafeguarding.caseload.domain.supervision.SupervisionAction;

public record GroupSupervisionResponse(
        UUID id,
        UUID teamId,
        LocalDate sessionDate,
        List<Attendee> attendees,

        @Schema(description = "How many attended from each discipline")
        Map<Discipline, Long> attendeesByDiscipline,

        List<FamilyDiscussed> families,
        List<SupervisionActionResponse> actions,
        String recordedBy,
        String agreedBy,
        Instant agreedAt,
        long version) {

    public static GroupSupervisionResponse of(GroupSupervision s, List<SupervisionAction> actions, LocalDate today) {
        return new GroupSupervisionResponse(
                s.id(),
                s.teamId(),
                s.sessionDate(),
                s.attendees().stream()
                        .sorted(Comparator.comparing(Attendee::discipline).thenComparing(Attendee::practitionerId))
                        .toList(),
                s.attendees().stream()
                        .collect(Collectors.groupingBy(Attendee::discipline, TreeMap::new, Collectors.counting())),
                s.families().stream()
                        .sorted(Comparator.comparing(FamilyDiscussed::familyId))
                        .toList(),
                actions.stream()
                        .map(a -> SupervisionActionResponse.of(a, today))
                        .toList(),
                s.recordedBy(),
                s.agreedBy(),
                s.agreedAt(),
                s.version());
    }
}
