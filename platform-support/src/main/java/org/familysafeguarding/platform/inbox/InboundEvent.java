package org.familysafeguarding.platform.inbox;

import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** The parts of an incoming CloudEvent a consumer works with. */
public record InboundEvent(String id, String type, String subject, String data) {

    /** @throws UnreadableEvent when the record is not a CloudEvent */
    public static InboundEvent of(Message<String> message) {
        Optional<IncomingCloudEventMetadata> metadata = message.getMetadata(IncomingCloudEventMetadata.class);
        IncomingCloudEventMetadata<?> cloudEvent = metadata
                .orElseThrow(() -> new UnreadableEvent("record carries no CloudEvent headers (ce_id, ce_type)"));
        return new InboundEvent(cloudEvent.getId(), cloudEvent.getType(),
                cloudEvent.getSubject().orElse(null), message.getPayload());
    }
}
