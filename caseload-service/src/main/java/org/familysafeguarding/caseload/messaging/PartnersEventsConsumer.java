package org.familysafeguarding.caseload.messaging;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.caseload.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.caseload.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.caseload.messaging.inbound.AgreementEnded;
import org.familysafeguarding.caseload.messaging.inbound.AgreementSigned;
import org.familysafeguarding.caseload.messaging.inbound.CouncilState;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerState;
import org.familysafeguarding.caseload.messaging.inbound.TeamFormed;
import org.familysafeguarding.caseload.service.AgencyDirectory;
import org.familysafeguarding.caseload.service.PartnershipDirectory;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;
import org.familysafeguarding.platform.inbox.InboundEvent;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** Follows {@code partners.events}; event types this service has no use for are passed over. */
@ApplicationScoped
public class PartnersEventsConsumer {

    private final IdempotentConsumer consumer;
    private final AgencyDirectory agencies;
    private final PartnershipDirectory partnership;

    public PartnersEventsConsumer(IdempotentConsumer consumer, AgencyDirectory agencies,
            PartnershipDirectory partnership) {
        this.consumer = consumer;
        this.agencies = agencies;
        this.partnership = partnership;
    }

    @Incoming("partners-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        Instant publishedAt = publishedAt(message);
        return consumer.consume(message, event -> apply(event, publishedAt));
    }

    private void apply(InboundEvent event, Instant publishedAt) {
        switch (event.type()) {
            case AgencyRegistered.TYPE -> agencies.record(consumer.read(event, AgencyRegistered.class));
            case AgencyUpdated.TYPE -> agencies.record(consumer.read(event, AgencyUpdated.class));
            case CouncilState.REGISTERED, CouncilState.UPDATED ->
                partnership.record(consumer.read(event, CouncilState.class));
            case PractitionerState.REGISTERED, PractitionerState.UPDATED ->
                partnership.record(consumer.read(event, PractitionerState.class), publishedAt);
            case TeamFormed.TYPE -> partnership.record(consumer.read(event, TeamFormed.class));
            case PractitionerJoinedTeam.TYPE -> partnership.record(consumer.read(event, PractitionerJoinedTeam.class));
            case PractitionerLeftTeam.TYPE -> partnership.record(consumer.read(event, PractitionerLeftTeam.class));
            case AgreementSigned.TYPE -> partnership.record(consumer.read(event, AgreementSigned.class));
            case AgreementEnded.TYPE -> partnership.record(consumer.read(event, AgreementEnded.class));
            default -> {
                // not of interest to this service
            }
        }
    }

    /** The CloudEvent time (ce_time), which orders whole-state events that carry no time of their own. */
    @SuppressWarnings("unchecked")
    private static Instant publishedAt(Message<String> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .flatMap(metadata -> ((IncomingCloudEventMetadata<String>) metadata).getTimeStamp())
                .map(ZonedDateTime::toInstant).orElse(null);
    }
}
