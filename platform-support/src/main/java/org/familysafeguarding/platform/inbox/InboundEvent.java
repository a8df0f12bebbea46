package org.familysafeguarding.platform.inbox;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The parts of an incoming CloudEvent a consumer works with; {@code time} is its {@code ce_time} (when the
 * publisher committed the change), null if absent.
 */
public record InboundEvent(String id, String type, String subject, Instant time, String data) {

    /**
     * Reads the CloudEvent of a record, and refuses one whose {@code source} is not the owner of the topic
     * it came on: a topic {@code <service>.events} is written by {@code /<service>-service} alone, so an
     * event claiming to come from elsewhere (or forged by anyone else who could reach the broker) is not
     * applied.
     *
     * @throws UnreadableEvent when the record is not a CloudEvent, or not from the topic's owner
     */
    public static InboundEvent of(Message<String> message) {
        Optional<IncomingCloudEventMetadata> metadata = message.getMetadata(IncomingCloudEventMetadata.class);
        IncomingCloudEventMetadata<?> cloudEvent = metadata.orElseThrow(
                () -> new UnreadableEvent("record carries no CloudEvent headers (ce_id, ce_type)"));
        message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getTopic)
                .flatMap(InboundEvent::ownerOf)
                .ifPresent(owner -> {
                    String source = cloudEvent.getSource() == null
                            ? null
                            : cloudEvent.getSource().toString();
                    if (!owner.equals(source)) {
                        throw new UnreadableEvent("event " + cloudEvent.getId() + " claims source " + source
                                + ", but only " + owner + " publishes on this topic");
                    }
                });
        return new InboundEvent(
                cloudEvent.getId(),
                cloudEvent.getType(),
                cloudEvent.getSubject().orElse(null),
                cloudEvent.getTimeStamp().map(ZonedDateTime::toInstant).orElse(null),
                message.getPayload());
    }

    /** The service that alone publishes on a topic named {@code <service>.events}: its CloudEvents source. */
    public static Optional<String> ownerOf(String topic) {
        if (topic == null || !topic.endsWith(".events") || topic.indexOf('.') != topic.lastIndexOf(".events")) {
            return Optional.empty();
        }
        return Optional.of("/" + topic.substring(0, topic.indexOf('.')) + "-service");
    }
}
