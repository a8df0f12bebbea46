package org.familysafeguarding.partners.messaging.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A council and partner agencies signed an information-sharing agreement. */
public record AgreementSigned(
        UUID agreementId,
        String councilCode,
        List<UUID> agencyIds,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate reviewDate)
        implements PartnersEvent {

    public static final String TYPE = "org.familysafeguarding.partners.agreement-signed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
