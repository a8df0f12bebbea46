package org.familysafeguarding.contracts.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.contracts.messaging.inbound.AccreditationLapsed;
import org.familysafeguarding.contracts.messaging.inbound.AgencyAccredited;
import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.contracts.messaging.inbound.CouncilRegistered;
import org.familysafeguarding.contracts.messaging.inbound.CouncilUpdated;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerState;
import org.familysafeguarding.contracts.messaging.inbound.TeamFormed;
import org.familysafeguarding.contracts.readmodel.AccreditationDirectory;
import org.familysafeguarding.contracts.readmodel.AgencyDirectory;
import org.familysafeguarding.contracts.readmodel.CouncilDirectory;
import org.familysafeguarding.contracts.readmodel.WorkforceDirectory;
import org.familysafeguarding.platform.inbox.EventHandlers;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code partners.events}: agencies, councils' thresholds, accreditations and the workforce in post. */
@ApplicationScoped
public class PartnersEventsConsumer {

    static final String AGREEMENTS_NOT_USED =
            "information-sharing agreements govern who may see people's records;" + " this service holds none";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public PartnersEventsConsumer(
            IdempotentConsumer consumer,
            AgencyDirectory agencies,
            CouncilDirectory councils,
            AccreditationDirectory accreditations,
            WorkforceDirectory workforce) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on("partners.events")
                .handle(AgencyRegistered.TYPE, e -> agencies.record(consumer.read(e, AgencyRegistered.class)))
                .handle(AgencyUpdated.TYPE, e -> agencies.record(consumer.read(e, AgencyUpdated.class)))
                .handle(CouncilRegistered.TYPE, e -> councils.record(consumer.read(e, CouncilRegistered.class)))
                .handle(CouncilUpdated.TYPE, e -> councils.record(consumer.read(e, CouncilUpdated.class)))
                .handle(AgencyAccredited.TYPE, e -> accreditations.record(consumer.read(e, AgencyAccredited.class)))
                .handle(
                        AccreditationLapsed.TYPE,
                        e -> accreditations.record(consumer.read(e, AccreditationLapsed.class)))
                .handle(PractitionerState.TYPE, e -> workforce.record(consumer.read(e, PractitionerState.class)))
                .handle(
                        PractitionerState.UPDATED_TYPE,
                        e -> workforce.record(consumer.read(e, PractitionerState.class)))
                .handle(TeamFormed.TYPE, e -> workforce.record(consumer.read(e, TeamFormed.class)))
                .handle(
                        PractitionerJoinedTeam.TYPE,
                        e -> workforce.record(consumer.read(e, PractitionerJoinedTeam.class)))
                .handle(PractitionerLeftTeam.TYPE, e -> workforce.record(consumer.read(e, PractitionerLeftTeam.class)))
                .ignore("org.familysafeguarding.partners.agreement-signed.v1", AGREEMENTS_NOT_USED)
                .ignore("org.familysafeguarding.partners.agreement-ended.v1", AGREEMENTS_NOT_USED)
                .build();
    }

    @Incoming("partners-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, handlers::apply);
    }

    /** What this consumer does with each type of the topic; its test holds it against partners-service's catalogue. */
    EventHandlers handlers() {
        return handlers;
    }
}
