package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.familysafeguarding.contracts.domain.contract.CommissionedService;
import org.familysafeguarding.contracts.domain.contract.EndReason;
import org.familysafeguarding.contracts.domain.kpi.InterventionType;
import org.familysafeguarding.contracts.domain.kpi.KpiRating;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.familysafeguarding.contracts.messaging.event.ContractAwarded;
import org.familysafeguarding.contracts.messaging.event.ContractEnded;
import org.familysafeguarding.contracts.messaging.event.ContractWentLive;
import org.familysafeguarding.contracts.messaging.event.ContractsEvent;
import org.familysafeguarding.contracts.messaging.event.KpiMissed;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

/** The catalogue's document of contracts.events describes the records this service publishes, as they are. */
class ContractsEventsDescribedTest {

    static final EventCatalogue CATALOGUE = EventCatalogue.of("contracts");

    @Test
    void every_event_record_is_a_message_with_the_records_fields() {
        CATALOGUE.assertDescribes(ContractsEvent.class);
    }

    @Test
    void the_document_sends_on_the_outbox_topic_exactly_the_types_of_the_event_records() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Class<?> event : ContractsEvent.class.getPermittedSubclasses()) {
            types.add((String) event.getField("TYPE").get(null));
        }
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(CATALOGUE.typesSentOn(properties.getProperty("mp.messaging.outgoing.outbox.topic")))
                .isEqualTo(types);
    }

    @Test
    void the_codes_in_the_schemas_are_the_domains() {
        for (String type : new String[] {ContractAwarded.TYPE, ContractWentLive.TYPE, ContractEnded.TYPE}) {
            assertThat(CATALOGUE.enumAt(type, "serviceType")).isEqualTo(names(ServiceType.class));
            assertThat(CATALOGUE.enumAt(type, "services", "[]")).isEqualTo(names(CommissionedService.class));
        }
        assertThat(CATALOGUE.enumAt(ContractEnded.TYPE, "endReason")).isEqualTo(names(EndReason.class));
        assertThat(CATALOGUE.enumAt(KpiMissed.TYPE, "interventionType")).isEqualTo(names(InterventionType.class));
        assertThat(CATALOGUE.enumAt(KpiMissed.TYPE, "rating")).isEqualTo(names(KpiRating.class));
    }

    static Set<String> names(Class<? extends Enum<?>> codes) {
        return new TreeSet<>(
                Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }
}
