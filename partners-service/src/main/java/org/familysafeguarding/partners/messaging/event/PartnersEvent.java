package org.familysafeguarding.partners.messaging.event;

import java.math.BigDecimal;
import java.util.List;

import org.familysafeguarding.partners.domain.council.Council;

/**
 * The events partners-service publishes on {@code partners.events}. Each type is versioned in its
 * CloudEvent type; a committed example per version and the schema live in module event-catalogue
 * ({@code events/partners/}).
 */
public sealed interface PartnersEvent
        permits AgencyRegistered,
                AgencyUpdated,
                CouncilRegistered,
                CouncilUpdated,
                AgencyAccredited,
                AccreditationLapsed,
                PractitionerRegistered,
                PractitionerUpdated,
                TeamFormed,
                PractitionerJoinedTeam,
                PractitionerLeftTeam,
                AgreementSigned,
                AgreementEnded {

    /** The CloudEvent {@code ce_type}. */
    String type();

    /** The Kafka key and CloudEvent subject: the aggregate the event is about. */
    String aggregateId();

    /** The parts of council events that are shared by their versions. */
    final class CouncilFigures {

        public record Population(int year, int children) {}

        public record Thresholds(BigDecimal keyDecision, BigDecimal officerUpTo, BigDecimal cabinetMemberUpTo) {}

        private CouncilFigures() {}

        static List<Population> population(Council council) {
            return council.childPopulation().stream()
                    .map(p -> new Population(p.year(), p.children()))
                    .toList();
        }

        static Thresholds thresholds(Council council) {
            var t = council.decisionThresholds();
            return new Thresholds(t.keyDecision(), t.officerUpTo(), t.cabinetMemberUpTo());
        }

        public static CouncilRegistered registered(Council council) {
            return new CouncilRegistered(
                    council.code(),
                    council.name(),
                    council.localAuthorityNumber(),
                    council.modelAdoptedOn(),
                    council.inHoursPhone(),
                    council.outOfHoursPhone(),
                    population(council),
                    thresholds(council),
                    council.registeredAt());
        }

        public static CouncilUpdated updated(Council council) {
            return new CouncilUpdated(
                    council.code(),
                    council.name(),
                    council.localAuthorityNumber(),
                    council.modelAdoptedOn(),
                    council.inHoursPhone(),
                    council.outOfHoursPhone(),
                    population(council),
                    thresholds(council),
                    council.updatedAt());
        }
    }
}
