package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familysafeguarding.caseload.domain.supervision.GroupSupervision;

/**
 * A team manager agreed a group supervision session: counts only (attendees by discipline, families
 * by risk rating, actions agreed), no family, person or decision.
 */
public record GroupSupervisionAgreed(
        UUID sessionId,
        String councilCode,
        UUID teamId,
        LocalDate sessionDate,
        Map<String, Long> attendeesByDiscipline,
        Map<String, Long> familiesByRiskRating,
        int actionsAgreed,
        Instant agreedAt)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.group-supervision-agreed.v1";

    public static GroupSupervisionAgreed of(GroupSupervision session, int actions) {
        return new GroupSupervisionAgreed(
                session.id(),
                session.councilCode(),
                session.teamId(),
                session.sessionDate(),
                session.attendees().stream()
                        .collect(
                                Collectors.groupingBy(a -> a.discipline().name(), TreeMap::new, Collectors.counting())),
                session.families().stream()
                        .collect(
                                Collectors.groupingBy(f -> f.riskRating().name(), TreeMap::new, Collectors.counting())),
                actions,
                session.agreedAt());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
