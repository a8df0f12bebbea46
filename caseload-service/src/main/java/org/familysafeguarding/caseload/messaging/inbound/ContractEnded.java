package org.familysafeguarding.caseload.messaging.inbound;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of contracts-service's {@code contract-ended.v1}; the end date is the last day. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractEnded(
        UUID contractId, String councilCode, UUID agencyId, List<String> services, LocalDate endedOn) {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-ended.v1";
}
