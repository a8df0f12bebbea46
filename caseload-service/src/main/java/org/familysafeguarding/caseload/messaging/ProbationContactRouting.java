package org.familysafeguarding.caseload.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.familysafeguarding.caseload.messaging.hmpps.ContactRecordedForProbation;

/**
 * Sends the outbox's probation contact records to their own topic. They carry a CRN, which
 * {@code caseload.events} (read by every service) must not; a topic of their own can be granted to
 * the probation integration alone. One outbox and one relay keep the commit-with-the-intervention
 * guarantee; this interceptor on the relay's producer only changes the topic of those records.
 */
public class ProbationContactRouting implements ProducerInterceptor<String, String> {

    static final String TOPIC_PROPERTY = "probation-contacts-topic";
    static final String DEFAULT_TOPIC = "caseload.probation-contacts";
    private static final byte[] TYPE = ContactRecordedForProbation.TYPE.getBytes(StandardCharsets.UTF_8);

    private String topic = DEFAULT_TOPIC;

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !Arrays.equals(type.value(), TYPE)) {
            return record;
        }
        return new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), record.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // nothing to add to the relay's own acknowledgement handling
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_PROPERTY);
        if (configured != null && !configured.toString().isBlank()) {
            topic = configured.toString();
        }
    }
}
