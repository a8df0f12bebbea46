package org.familysafeguarding.caseload.domain.probation;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The repositories of what probation tells this service. */
public final class ProbationRepositories {

    private ProbationRepositories() {
    }

    @ApplicationScoped
    public static class RiskFlags implements PanacheRepositoryBase<ProbationRiskFlag, UUID> {

        public List<ProbationRiskFlag> ofAdult(UUID adultId) {
            return list("adultId = ?1 order by status, registeredOn desc, raisedAt desc", adultId);
        }

        public Optional<ProbationRiskFlag> byRegistration(UUID adultId, String registrationId) {
            return find("adultId = ?1 and registrationId = ?2", adultId, registrationId).firstResultOptional();
        }

        /** Deregistration names the register type, not the registration: every active flag of that code ends. */
        public List<ProbationRiskFlag> activeOfCode(UUID adultId, String registerCode) {
            return list("adultId = ?1 and registerCode = ?2 and status = ?3", adultId, registerCode, FlagStatus.ACTIVE);
        }
    }

    @ApplicationScoped
    public static class RiskFlagChanges implements PanacheRepositoryBase<RiskFlagChange, UUID> {

        public List<RiskFlagChange> ofFlag(UUID flagId) {
            return list("flagId = ?1 order by occurredAt, recordedAt", flagId);
        }
    }

    @ApplicationScoped
    public static class Activities implements PanacheRepositoryBase<ProbationActivity, UUID> {

        public List<ProbationActivity> ofAdult(UUID adultId) {
            return list("adultId = ?1 order by occurredAt desc", adultId);
        }
    }

    @ApplicationScoped
    public static class UnmatchedEvents implements PanacheRepositoryBase<UnmatchedProbationEvent, UUID> {

        public List<UnmatchedProbationEvent> waitingFor(String crn) {
            return list("crn = ?1 and matchedAt is null order by occurredAt, receivedAt", crn);
        }

        /**
         * Adults of the council whose CRN has events waiting for a team manager to confirm the match:
         * each row is the adult, their family, the CRN, how many events wait and the oldest one's time.
         */
        public List<Object[]> awaitingMatchIn(String council) {
            return getEntityManager().createQuery("""
                    select a.id, a.familyId, a.crn, count(u), min(u.occurredAt) from Adult a, UnmatchedProbationEvent u
                    where a.councilCode = :council and u.crn = a.crn and u.matchedAt is null
                    group by a.id, a.familyId, a.crn order by min(u.occurredAt), a.id""", Object[].class)
                    .setParameter("council", council).getResultList();
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

    @ApplicationScoped
    public static class Notifications implements PanacheRepositoryBase<WorkerNotification, UUID> {

        /** The practitioner's notifications about adults they may still open: an open allocation to the family's lead or to that adult. */
        public PanacheQuery<WorkerNotification> stillAllocated(UUID practitionerId, java.util.Collection<String> councils) {
            // an impossible council keeps the query valid when the practitioner may reach none
            java.util.Collection<String> open = councils.isEmpty() ? java.util.List.of("") : councils;
            return find("from WorkerNotification n where n.practitionerId = ?1 and n.councilCode in ?2 and exists"
                    + " (select 1 from Allocation a where a.practitionerId = ?1 and a.toDate is null and a.familyId = n.familyId"
                    + " and (a.adultId is null or a.adultId = n.adultId)) order by n.createdAt desc", practitionerId, open);
        }
    }
}
