package org.familysafeguarding.contracts.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.familysafeguarding.contracts.domain.contract.ChangeRules;
import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRules;

/** The procurement and change rules over the reference data on the class path, read once at start. */
public class ProcurementRulesProducer {

    @Produces
    @Singleton
    ProcurementReferenceData referenceData() {
        return ProcurementReferenceData.fromClasspath();
    }

    @Produces
    @Singleton
    ProcurementRules procurementRules(ProcurementReferenceData data) {
        return new ProcurementRules(data);
    }

    @Produces
    @Singleton
    ChangeRules changeRules(ProcurementReferenceData data) {
        return new ChangeRules(data);
    }
}
