package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

/** An information-sharing agreement ended before its end date. */
public record AgreementEnded(UUID agreementId, String councilCode, LocalDate endedOn, String reason)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.agreement-ended.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
