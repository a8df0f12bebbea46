package org.familysafeguarding.caseload.messaging;

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
import org.familysafeguarding.caseload.readmodel.AgencyDirectory;
import org.familysafeguarding.caseload.readmodel.PartnershipDirectory;
import org.familysafeguarding.platform.inbox.EventHandlers;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/**
 * Follows {@code partners.events}: agencies, councils, practitioners, teams and information-sharing agreements.
 * Practitioner events carry no time of their own: the CloudEvent time ({@code ce_time}) orders them.
 */
@ApplicationScoped
public class PartnersEventsConsumer {

    static final String COMMISSIONING_FOLLOWS_CONTRACTS = "who may work with a family follows contracts going live"
            + " and ending (contracts.events), not accreditation";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public PartnersEventsConsumer(
            IdempotentConsumer consumer, AgencyDirectory agencies, PartnershipDirectory partnership) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on("partners.events")
                .handle(AgencyRegistered.TYPE, e -> agencies.record(consumer.read(e, AgencyRegistered.class)))
                .handle(AgencyUpdated.TYPE, e -> agencies.record(consumer.read(e, AgencyUpdated.class)))
                .handle(CouncilState.REGISTERED, e -> partnership.record(consumer.read(e, CouncilState.class)))
                .handle(CouncilState.UPDATED, e -> partnership.record(consumer.read(e, CouncilState.class)))
                .handle(
                        PractitionerState.REGISTERED,
                        e -> partnership.record(consumer.read(e, PractitionerState.class), e.time()))
                .handle(
                        PractitionerState.UPDATED,
                        e -> partnership.record(consumer.read(e, PractitionerState.class), e.time()))
                .handle(TeamFormed.TYPE, e -> partnership.record(consumer.read(e, TeamFormed.class)))
                .handle(
                        PractitionerJoinedTeam.TYPE,
                        e -> partnership.record(consumer.read(e, PractitionerJoinedTeam.class)))
                .handle(
                        PractitionerLeftTeam.TYPE,
                        e -> partnership.record(consumer.read(e, PractitionerLeftTeam.class)))
                .handle(AgreementSigned.TYPE, e -> partnership.record(consumer.read(e, AgreementSigned.class)))
                .handle(AgreementEnded.TYPE, e -> partnership.record(consumer.read(e, AgreementEnded.class)))
                .ignore("org.familysafeguarding.partners.agency-accredited.v1", COMMISSIONING_FOLLOWS_CONTRACTS)
                .ignore("org.familysafeguarding.partners.accreditation-lapsed.v1", COMMISSIONING_FOLLOWS_CONTRACTS)
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
