package org.familysafeguarding.caseload.domain.nhs;

import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.domain.family.TeamAllocated;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NhsReferralRepository implements PanacheRepositoryBase<NhsReferral, UUID> {

    public Optional<NhsReferral> bySenderAndKey(String senderSystem, String idempotencyKey) {
        return find("senderSystem = ?1 and idempotencyKey = ?2", senderSystem, idempotencyKey)
                .firstResultOptional();
    }

    /** The council's NHS referrals, newest first; with teams, only of families the caller's teams may see. */
    public PanacheQuery<NhsReferral> ofCouncil(
            String councilCode, NhsReferral.Status status, Optional<Set<UUID>> teams) {
        var where = new StringBuilder("from NhsReferral r where r.councilCode = :council");
        var params = new HashMap<String, Object>();
        params.put("council", councilCode);
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        teams.ifPresent(visible -> {
            where.append(" and ").append(TeamAllocated.visibleTo("r.familyId"));
            params.put("teams", TeamAllocated.nonEmpty(visible));
        });
        return find(where.append(" order by r.receivedAt desc, r.id").toString(), params);
    }
}
