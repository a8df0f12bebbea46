package org.familysafeguarding.contracts.domain.kpi;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecordedInterventionRepository implements PanacheRepositoryBase<RecordedIntervention, UUID> {

    /** Interventions not voided, by type, of the agency in the council from and to the given days (both included). */
    public Map<InterventionType, Long> counts(UUID agencyId, String councilCode, LocalDate from, LocalDate to) {
        Map<InterventionType, Long> counts = new EnumMap<>(InterventionType.class);
        getEntityManager().createQuery("""
                select i.type, count(i) from RecordedIntervention i
                where i.agencyId = :agency and i.councilCode = :council and i.voidedAt is null
                  and i.occurredOn between :from and :to
                group by i.type""", Object[].class)
                .setParameter("agency", agencyId).setParameter("council", councilCode)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(row -> {
                    try {
                        counts.put(InterventionType.valueOf((String) row[0]), (Long) row[1]);
                    } catch (IllegalArgumentException e) {
                        // a type caseload-service added since: no KPI can name it yet
                    }
                });
        return counts;
    }
}
