package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.probation.ProbationActivity;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEvent;
import org.familysafeguarding.caseload.domain.probation.WorkerNotification;
import org.familysafeguarding.caseload.service.ProbationRecords;

/** What the API shows of probation's risk flags, activity, notifications and unmatched events: codes, ids and dates. */
public final class ProbationDtos {

    private ProbationDtos() {
    }

    public record FlagChangeResponse(String change, String eventType, Instant occurredAt) {

        static FlagChangeResponse of(RiskFlagChange c) {
            return new FlagChangeResponse(c.change().name(), c.eventType(), c.occurredAt());
        }
    }

    public record RiskFlagResponse(UUID id, String flag, String registerCode, String categoryCode, String levelCode,
            String registrationId, LocalDate registeredOn, String status, LocalDate endedOn,
            List<FlagChangeResponse> history) {

        static RiskFlagResponse of(ProbationRecords.FlagWithHistory f) {
            var flag = f.flag();
            return new RiskFlagResponse(flag.id(), flag.flag().name(), flag.registerCode(), flag.categoryCode(),
                    flag.levelCode(), flag.registrationId(), flag.registeredOn(), flag.status().name(), flag.endedOn(),
                    f.history().stream().map(FlagChangeResponse::of).toList());
        }
    }

    public record ActivityResponse(String kind, String reference, Instant occurredAt) {

        static ActivityResponse of(ProbationActivity a) {
            return new ActivityResponse(a.kind().name(), a.reference(), a.occurredAt());
        }
    }

    public record AdultRiskFlagsResponse(UUID adultId, List<RiskFlagResponse> flags,
            List<ActivityResponse> probationActivity) {

        public static AdultRiskFlagsResponse of(ProbationRecords.AdultProbation p) {
            return new AdultRiskFlagsResponse(p.adultId(), p.flags().stream().map(RiskFlagResponse::of).toList(),
                    p.activity().stream().map(ActivityResponse::of).toList());
        }
    }

    public record NotificationResponse(UUID id, String kind, UUID adultId, UUID familyId, UUID riskFlagId,
            String flag, Instant createdAt) {

        public static NotificationResponse of(WorkerNotification n) {
            return new NotificationResponse(n.id(), "PROBATION_RISK_FLAG_" + n.kind().name(), n.adultId(),
                    n.familyId(), n.flagId(), n.flag() == null ? null : n.flag().name(), n.createdAt());
        }
    }

    public record UnmatchedEventResponse(UUID id, String crn, String eventType, String registerCode,
            Instant occurredAt, Instant receivedAt, Instant matchedAt) {

        public static UnmatchedEventResponse of(UnmatchedProbationEvent e) {
            return new UnmatchedEventResponse(e.id(), e.crn(), e.eventType(), e.registerCode(), e.occurredAt(),
                    e.receivedAt(), e.matchedAt());
        }
    }
}
