package org.familysafeguarding.contracts.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractTransition;
import org.familysafeguarding.contracts.domain.contract.ContractVariation;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRoute;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;

/**
 * Everything the register knows of one contracting process, as OCDS publishes it: organisation
 * names only, never a person.
 *
 * @param plannedAt when the contract entered the register
 * @param councilName null when the council is not known here yet
 * @param route the route of the procurement check the contract rests on, if any
 * @param tender null when there was no tender evaluation
 * @param bidders the agencies that bid, by id, with their names
 * @param metrics KPI targets and actuals, empty when none are set
 */
public record ContractingProcess(
        Contract contract,
        Instant plannedAt,
        String councilName,
        String supplierName,
        List<ContractTransition> transitions,
        ProcurementRoute route,
        List<ContractVariation> variations,
        TenderEvaluation tender,
        Map<UUID, String> bidders,
        List<Metric> metrics) {

    /** A KPI as OCDS metrics carry it: target and actual per financial quarter. */
    public record Metric(String id, String title, String description, List<Observation> observations) {}

    /**
     * @param measure null when suppressed (a count of 1 to 5 for a caller who reads aggregates only)
     * @param periodStart null for a standing target with no quarter
     */
    public record Observation(
            String id,
            Long measure,
            String unit,
            LocalDate periodStart,
            LocalDate periodEnd,
            Map<String, String> dimensions) {}
}
