package org.familysafeguarding.caseload.domain.probation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerNotificationRepository implements PanacheRepositoryBase<WorkerNotification, UUID> {

    /** The practitioner's notifications about adults they may still open: an open allocation to the family's lead or to that adult. */
    public PanacheQuery<WorkerNotification> stillAllocated(UUID practitionerId, java.util.Collection<String> councils) {
        // an impossible council keeps the query valid when the practitioner may reach none
        java.util.Collection<String> open = councils.isEmpty() ? java.util.List.of("") : councils;
        return find(
                "from WorkerNotification n where n.practitionerId = ?1 and n.councilCode in ?2 and exists"
                        + " (select 1 from Allocation a where a.practitionerId = ?1 and a.toDate is null and a.familyId = n.familyId"
                        + " and (a.adultId is null or a.adultId = n.adultId)) order by n.createdAt desc",
                practitionerId,
                open);
    }
}
