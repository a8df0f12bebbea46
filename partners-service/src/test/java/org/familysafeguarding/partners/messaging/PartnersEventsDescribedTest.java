package org.familysafeguarding.partners.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.ServiceType;
import org.familysafeguarding.partners.domain.duediligence.AccreditationRule;
import org.familysafeguarding.partners.domain.duediligence.CheckType;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;
import org.familysafeguarding.partners.messaging.event.AccreditationLapsed;
import org.familysafeguarding.partners.messaging.event.AgencyRegistered;
import org.familysafeguarding.partners.messaging.event.AgencyUpdated;
import org.familysafeguarding.partners.messaging.event.PartnersEvent;
import org.familysafeguarding.partners.messaging.event.PractitionerJoinedTeam;
import org.familysafeguarding.partners.messaging.event.PractitionerRegistered;
import org.familysafeguarding.partners.messaging.event.PractitionerUpdated;
import org.familysafeguarding.partners.messaging.event.TeamFormed;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

/** The catalogue's document of partners.events describes the records this service publishes, as they are. */
class PartnersEventsDescribedTest {

    static final EventCatalogue CATALOGUE = EventCatalogue.of("partners");

    @Test
    void every_event_record_is_a_message_with_the_records_fields() {
        CATALOGUE.assertDescribes(PartnersEvent.class);
    }

    @Test
    void the_document_sends_on_the_outbox_topic_exactly_the_types_of_the_event_records() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Class<?> event : PartnersEvent.class.getPermittedSubclasses()) {
            types.add((String) event.getField("TYPE").get(null));
        }
        assertThat(CATALOGUE.typesSentOn(outboxTopic())).isEqualTo(types);
    }

    @Test
    void the_codes_in_the_schemas_are_the_domains() {
        assertThat(CATALOGUE.enumAt(AgencyRegistered.TYPE, "kind")).isEqualTo(names(AgencyKind.class));
        assertThat(CATALOGUE.enumAt(AgencyUpdated.TYPE, "kind")).isEqualTo(names(AgencyKind.class));
        assertThat(CATALOGUE.enumAt(AgencyRegistered.TYPE, "serviceTypes", "[]"))
                .isEqualTo(names(ServiceType.class));
        assertThat(CATALOGUE.enumAt(AgencyUpdated.TYPE, "serviceTypes", "[]")).isEqualTo(names(ServiceType.class));
        for (String type :
                new String[] {PractitionerRegistered.TYPE, PractitionerUpdated.TYPE, PractitionerJoinedTeam.TYPE}) {
            assertThat(CATALOGUE.enumAt(type, "role")).isEqualTo(names(PractitionerRole.class));
        }
        assertThat(CATALOGUE.enumAt(TeamFormed.TYPE, "caseloadLimits", "{}")).isEqualTo(names(PractitionerRole.class));
        assertThat(CATALOGUE.enumAt(AccreditationLapsed.TYPE, "reason"))
                .isEqualTo(names(AccreditationRule.Shortfall.class));
        assertThat(CATALOGUE.enumAt(AccreditationLapsed.TYPE, "checkTypes", "[]"))
                .isEqualTo(names(CheckType.class));
    }

    static Set<String> names(Class<? extends Enum<?>> codes) {
        return new TreeSet<>(
                Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }

    static String outboxTopic() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = PartnersEventsDescribedTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("mp.messaging.outgoing.outbox.topic");
    }
}
