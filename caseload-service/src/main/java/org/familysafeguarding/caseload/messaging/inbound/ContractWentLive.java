package org.familysafeguarding.caseload.messaging.inbound;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's copy of contracts-service's {@code contract-went-live.v1}: {@code services} are
 * the partner service types (partners-service's codes) the contract buys.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractWentLive(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        List<String> services,
        LocalDate liveOn,
        LocalDate initialEndDate) {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-went-live.v1";
}
