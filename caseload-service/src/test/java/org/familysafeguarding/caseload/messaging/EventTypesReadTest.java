package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.platform.inbox.EventHandlers;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Every event type of every topic this service reads is handled or ignored on purpose, by the publisher's
 * catalogue: a type a publisher adds fails this build until the consumer says what it does with it.
 */
class EventTypesReadTest {

    @Test
    void every_type_partners_service_sends_is_handled_or_ignored_and_no_other() throws Exception {
        EventHandlers handlers = new PartnersEventsConsumer(null, null, null).handlers();
        assertThat(handlers.topic()).isEqualTo(topicOf("partners-events"));
        EventCatalogue.assertReaderCovers(
                "caseload",
                "partners",
                handlers.topic(),
                handlers.handledTypes(),
                handlers.ignoredTypes().keySet());
    }

    @Test
    void every_type_contracts_service_sends_is_handled_or_ignored_and_no_other() throws Exception {
        EventHandlers handlers = new ContractsEventsConsumer(null, null).handlers();
        assertThat(handlers.topic()).isEqualTo(topicOf("contracts-events"));
        EventCatalogue.assertReaderCovers(
                "caseload",
                "contracts",
                handlers.topic(),
                handlers.handledTypes(),
                handlers.ignoredTypes().keySet());
    }

    /**
     * HMPPS publishes many more types than this service uses, outside the platform: the ones it applies are those
     * its document receives, and every other is passed over by design (HmppsDomainEvent.used).
     */
    @Test
    void the_hmpps_types_applied_are_those_the_document_receives() throws Exception {
        String topic = topicOf("hmpps-domain-events");
        assertThat(EventCatalogue.of("caseload").typesReceivedFrom(topic)).isEqualTo(Set.copyOf(HmppsDomainEvent.USED));
        EventCatalogue.examples("hmpps").forEach((name, example) -> {
            if (!name.startsWith("PROPOSAL-")) {
                assertThat(HmppsDomainEvent.USED).as(name).anyMatch(example::contains);
            }
        });
    }

    static String topicOf(String channel) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EventTypesReadTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("mp.messaging.incoming." + channel + ".topic");
    }
}
