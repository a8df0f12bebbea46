package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

class ProbationContactRoutingTest {

    @Test
    void contact_records_go_to_the_configured_topic_and_every_other_event_stays_on_caseload_events() {
        var routing = new ProbationContactRouting();
        routing.configure(Map.of("probation-contacts-topic", "probation.contacts.test"));

        var contact = record("org.familysafeguarding.caseload.probation-contact-recorded.v1");
        var routed = routing.onSend(contact);
        assertThat(routed.topic()).isEqualTo("probation.contacts.test");
        assertThat(routed.key()).isEqualTo("k");
        assertThat(routed.value()).isEqualTo("{}");
        assertThat(routed.headers().toArray()).containsExactly(contact.headers().toArray());

        var intervention = record("org.familysafeguarding.caseload.intervention-recorded.v1");
        assertThat(routing.onSend(intervention)).isSameAs(intervention);
        var bare = new ProducerRecord<>("caseload.events", "k", "{}");
        assertThat(routing.onSend(bare)).isSameAs(bare);
    }

    @Test
    void without_configuration_contacts_go_to_caseload_probation_contacts() {
        var routing = new ProbationContactRouting();
        routing.configure(Map.of());
        assertThat(routing.onSend(record("org.familysafeguarding.caseload.probation-contact-recorded.v1"))
                        .topic())
                .isEqualTo("caseload.probation-contacts");
    }

    private static ProducerRecord<String, String> record(String type) {
        var record = new ProducerRecord<>("caseload.events", "k", "{}");
        record.headers().add(new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
