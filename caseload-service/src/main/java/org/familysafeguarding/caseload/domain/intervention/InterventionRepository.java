package org.familysafeguarding.caseload.domain.intervention;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

    /** The adult's interventions, latest first. */
    public PanacheQuery<Intervention> ofAdult(UUID adultId) {
        return find("adultId = ?1 order by occurredOn desc, recordedAt desc", adultId);
    }

    /** The adult's interventions a practitioner may see: their own and those whose notes are shared. */
    public PanacheQuery<Intervention> ofAdultVisibleTo(UUID adultId, UUID practitionerId) {
        return find(
                "adultId = ?1 and (practitionerId = ?2 or notesShared = true) order by occurredOn desc, recordedAt desc",
                adultId,
                practitionerId);
    }
}
