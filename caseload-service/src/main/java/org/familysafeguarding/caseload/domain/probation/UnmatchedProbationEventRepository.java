package org.familysafeguarding.caseload.domain.probation;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UnmatchedProbationEventRepository implements PanacheRepositoryBase<UnmatchedProbationEvent, UUID> {

    public List<UnmatchedProbationEvent> waitingFor(String crn) {
        return list("crn = ?1 and matchedAt is null order by occurredAt, receivedAt", crn);
    }

    /**
     * Adults of the council whose CRN has events waiting for a team manager to confirm the match:
     * each row is the adult, their family, the CRN, how many events wait and the oldest one's time.
     */
    public List<Object[]> awaitingMatchIn(String council) {
        return getEntityManager()
                .createQuery("""
                select a.id, a.familyId, a.crn, count(u), min(u.occurredAt) from Adult a, UnmatchedProbationEvent u
                where a.councilCode = :council and u.crn = a.crn and u.matchedAt is null
                group by a.id, a.familyId, a.crn order by min(u.occurredAt), a.id""", Object[].class)
                .setParameter("council", council)
                .getResultList();
    }

    public boolean kept(String eventKey) {
        return count("eventKey", eventKey) > 0;
    }

    /** Newest first; only those still waiting unless {@code all}. */
    public PanacheQuery<UnmatchedProbationEvent> forReview(String crn, boolean all) {
        String where = (crn == null ? "1 = 1" : "crn = :crn") + (all ? "" : " and matchedAt is null");
        var params = new HashMap<String, Object>();
        if (crn != null) {
            params.put("crn", crn);
        }
        return find(where + " order by receivedAt desc", params);
    }
}
