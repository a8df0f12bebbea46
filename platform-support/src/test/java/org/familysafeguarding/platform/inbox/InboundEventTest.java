package org.familysafeguarding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** What a consumer takes from a record, and which records it refuses before applying anything. */
class InboundEventTest {

    private static final Instant COMMITTED = Instant.parse("2026-03-02T10:15:30.123456Z");

    @Test
    void reads_the_id_type_subject_time_and_data_of_a_cloud_event() {
        InboundEvent event = InboundEvent.of(onTopic("partners.events", cloudEvent("/partners-service")));

        assertThat(event)
                .isEqualTo(new InboundEvent(
                        "event-1",
                        "org.familysafeguarding.partners.agency-registered.v1",
                        "agency-7",
                        COMMITTED,
                        "{\"name\":\"North\"}"));
    }

    @Test
    void refuses_a_record_without_cloud_event_headers() {
        assertThatThrownBy(() -> InboundEvent.of(Message.of("{}")))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("no CloudEvent headers");
    }

    @Test
    void refuses_an_event_whose_source_is_not_the_service_that_owns_the_topic() {
        assertThatThrownBy(() -> InboundEvent.of(onTopic("partners.events", cloudEvent("/contracts-service"))))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining(
                        "claims source /contracts-service, but only /partners-service publishes on this topic");
    }

    @Test
    void takes_an_event_from_a_topic_that_names_no_owner_whatever_its_source() {
        InboundEvent event =
                InboundEvent.of(onTopic("partners.events.dlq.contracts-service", cloudEvent("/contracts-service")));

        assertThat(event.id()).isEqualTo("event-1");
    }

    @Test
    void the_owner_of_a_topic_is_the_service_its_name_begins_with() {
        assertThat(InboundEvent.ownerOf("caseload.events")).contains("/caseload-service");
        assertThat(InboundEvent.ownerOf("caseload.events.dlq.contracts-service"))
                .isEmpty();
        assertThat(InboundEvent.ownerOf("caseload.audit.events")).isEmpty();
        assertThat(InboundEvent.ownerOf("caseload")).isEmpty();
        assertThat(InboundEvent.ownerOf(null)).isEmpty();
    }

    private static Message<String> cloudEvent(String source) {
        String data = "{\"name\":\"North\"}";
        return Message.of(data)
                .addMetadata(new DefaultIncomingCloudEventMetadata<>(
                        "1.0",
                        "event-1",
                        URI.create(source),
                        "org.familysafeguarding.partners.agency-registered.v1",
                        "application/json",
                        null,
                        "agency-7",
                        COMMITTED.atZone(ZoneOffset.UTC),
                        Map.of(),
                        data));
    }

    private static Message<String> onTopic(String topic, Message<String> message) {
        return message.addMetadata(new IncomingKafkaRecordMetadata<>(
                new ConsumerRecord<>(topic, 0, 0L, "agency-7", message.getPayload()), "channel"));
    }
}
