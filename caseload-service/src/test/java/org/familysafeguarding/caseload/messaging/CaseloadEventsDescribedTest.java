package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.familysafeguarding.caseload.domain.allocation.Specialism;
import org.familysafeguarding.caseload.domain.intervention.InterventionType;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;
import org.familysafeguarding.caseload.domain.probation.RiskFlagKind;
import org.familysafeguarding.caseload.domain.supervision.Discipline;
import org.familysafeguarding.caseload.domain.supervision.RiskRating;
import org.familysafeguarding.caseload.messaging.event.CaseloadEvent;
import org.familysafeguarding.caseload.messaging.event.GroupSupervisionAgreed;
import org.familysafeguarding.caseload.messaging.event.InterventionRecorded;
import org.familysafeguarding.caseload.messaging.event.InterventionVoided;
import org.familysafeguarding.caseload.messaging.event.ProbationRiskFlagChanged;
import org.familysafeguarding.caseload.messaging.hmpps.ContactRecordedForProbation;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

/** The catalogue's document of caseload.events and caseload.probation-contacts describes what this service publishes. */
class CaseloadEventsDescribedTest {

    static final EventCatalogue CATALOGUE = EventCatalogue.of("caseload");

    @Test
    void every_event_record_is_a_message_with_the_records_fields() {
        CATALOGUE.assertDescribes(CaseloadEvent.class);
        CATALOGUE.assertDescribes(ContactRecordedForProbation.class, ContactRecordedForProbation.TYPE);
    }

    @Test
    void the_document_sends_on_each_outbox_topic_exactly_the_types_published_there() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Class<?> event : CaseloadEvent.class.getPermittedSubclasses()) {
            types.add((String) event.getField("TYPE").get(null));
        }
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(CATALOGUE.typesSentOn(properties.getProperty("mp.messaging.outgoing.outbox.topic")))
                .isEqualTo(types);
        assertThat(CATALOGUE.typesSentOn(
                        properties.getProperty("mp.messaging.outgoing.outbox.probation-contacts-topic")))
                .containsExactly(ContactRecordedForProbation.TYPE);
    }

    @Test
    void the_codes_in_the_schemas_are_the_domains() {
        assertThat(CATALOGUE.enumAt(InterventionRecorded.TYPE, "type")).isEqualTo(names(InterventionType.class));
        assertThat(CATALOGUE.enumAt(InterventionVoided.TYPE, "type")).isEqualTo(names(InterventionType.class));
        assertThat(CATALOGUE.enumAt(InterventionRecorded.TYPE, "service"))
                .isEqualTo(new TreeSet<>(Arrays.stream(Specialism.values())
                        .flatMap(s -> s.commissionedService().stream())
                        .toList()));
        assertThat(CATALOGUE.enumAt(GroupSupervisionAgreed.TYPE, "attendeesByDiscipline", "{}"))
                .isEqualTo(names(Discipline.class));
        assertThat(CATALOGUE.enumAt(GroupSupervisionAgreed.TYPE, "familiesByRiskRating", "{}"))
                .isEqualTo(names(RiskRating.class));
        assertThat(CATALOGUE.enumAt(ProbationRiskFlagChanged.TYPE, "flag")).isEqualTo(names(RiskFlagKind.class));
        assertThat(CATALOGUE.enumAt(ProbationRiskFlagChanged.TYPE, "change"))
                .isEqualTo(names(RiskFlagChange.Kind.class));
        assertThat(CATALOGUE.enumAt(ContactRecordedForProbation.TYPE, "additionalInformation", "contactType"))
                .isEqualTo(names(InterventionType.class));
        assertThat(CATALOGUE.enumAt(ContactRecordedForProbation.TYPE, "additionalInformation", "practitionerRole"))
                .isEqualTo(names(Specialism.class));
    }

    static Set<String> names(Class<? extends Enum<?>> codes) {
        return new TreeSet<>(
                Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }
}
