package org.familysafeguarding.caseload.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.caseload.messaging.hmpps.ProbationNoticeReader;
import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.caseload.service.MalformedProbationEvent;
import org.familysafeguarding.caseload.service.ProbationEventIntake;
import org.familysafeguarding.caseload.service.ProbationNotice;
import org.familysafeguarding.platform.inbox.Inbox;
import org.familysafeguarding.platform.inbox.UnreadableEvent;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Follows {@code hmpps.domain-events}, probation's domain events. They are HMPPS envelopes, not
 * CloudEvents: a record's identity for the inbox is its {@code ce_id} header when a bridge set one,
 * otherwise a digest of the record (the same event delivered twice is the same bytes). A malformed
 * event (not the envelope, no valid CRN, an unreadable date) goes to the dead-letter topic at once
 * with the reason; a failure to apply one is retried three times first, as the other consumers do.
 */
@ApplicationScoped
public class HmppsDomainEventsConsumer {

    private static final Logger LOG = Logger.getLogger(HmppsDomainEventsConsumer.class);

    private final Inbox inbox;
    private final HmppsEnvelope envelope;
    private final ProbationEventIntake intake;
    private final Guard retries = Guard.create()
            .withRetry()
            .maxRetries(3)
            .delay(200, ChronoUnit.MILLIS)
            .abortOn(UnreadableEvent.class)
            .done()
            .build();

    public HmppsDomainEventsConsumer(Inbox inbox, HmppsEnvelope envelope, ProbationEventIntake intake) {
        this.inbox = inbox;
        this.envelope = envelope;
        this.intake = intake;
    }

    @Incoming("hmpps-domain-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        try {
            String payload = message.getPayload();
            HmppsDomainEvent event;
            ProbationNotice notice;
            try {
                event = envelope.read(payload);
                if (!event.used()) {
                    return message.ack(); // prison and other probation events are not of interest here
                }
                notice = ProbationNoticeReader.check(key(message, payload), event, payload);
            } catch (MalformedProbationEvent e) {
                throw new UnreadableEvent(e.getMessage(), e);
            }
            boolean applied = retries.get(
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        if (!inbox.firstDelivery(notice.key(), "hmpps:" + notice.eventType())) {
                            return false;
                        }
                        intake.apply(notice);
                        return true;
                    }),
                    Boolean.class);
            if (!applied) {
                LOG.debugf(
                        "HMPPS event %s (%s) was already applied; redelivery ignored", notice.key(), event.eventType());
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("HMPPS event refused, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    private static String key(Message<String> message, String payload) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader("ce_id"))
                .filter(header -> header.value() != null && header.value().length > 0 && header.value().length <= 150)
                .map(header -> "ce:" + new String(header.value(), StandardCharsets.UTF_8))
                .orElseGet(() -> "sha256:" + sha256(payload));
    }

    private static String sha256(String payload) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
