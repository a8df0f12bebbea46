package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

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
        EventHandlers handlers = new PartnersEventsConsumer(null, null, null, null, null).handlers();
        assertThat(handlers.topic()).isEqualTo(topicOf("partners-events"));
        EventCatalogue.assertReaderCovers(
                "contracts",
                "partners",
                handlers.topic(),
                handlers.handledTypes(),
                handlers.ignoredTypes().keySet());
    }

    @Test
    void every_type_caseload_service_sends_on_caseload_events_is_handled_or_ignored_and_no_other() throws Exception {
        EventHandlers handlers = new CaseloadEventsConsumer(null, null).handlers();
        assertThat(handlers.topic()).isEqualTo(topicOf("caseload-events"));
        EventCatalogue.assertReaderCovers(
                "contracts",
                "caseload",
                handlers.topic(),
                handlers.handledTypes(),
                handlers.ignoredTypes().keySet());
    }

    static String topicOf(String channel) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EventTypesReadTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("mp.messaging.incoming." + channel + ".topic");
    }
}
