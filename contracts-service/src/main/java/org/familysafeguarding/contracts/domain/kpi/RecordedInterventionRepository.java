package org.familysafeguarding.contracts.domain.kpi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecordedInterventionRepository implements PanacheRepositoryBase<RecordedIntervention, UUID> {

    /**
     * Interventions not voided of a type, of the agency in the council from and to the given days
     * (both included), that serve one of the contract's partner services: an intervention recorded
     * under an allocation for another service belongs to the contract buying that one. An
     * intervention without a service (recorded before caseload-service said) counts for every
     * contract of the agency in the council, as before. Once per family counts a family's
     * interventions on one day once (those without a family each count).
     */
    public long count(
            UUID agencyId,
            String councilCode,
            Collection<String> services,
            InterventionType type,
            LocalDate from,
            LocalDate to,
            boolean oncePerFamily) {
        String counted = oncePerFamily
                ? "count(distinct coalesce(cast(i.familyId as string), cast(i.interventionId as string)) || '/' || cast(i.occurredOn as string))"
                : "count(i)";
        return getEntityManager()
                .createQuery("select " + counted + """
                 from RecordedIntervention i
                where i.agencyId = :agency and i.councilCode = :council and i.voidedAt is null and i.type = :type
                  and i.occurredOn between :from and :to
                  and (i.service is null or i.service in :services)""", Long.class)
                .setParameter("agency", agencyId)
                .setParameter("council", councilCode)
                .setParameter("type", type.name())
                .setParameter("services", services.isEmpty() ? List.of("") : services)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
