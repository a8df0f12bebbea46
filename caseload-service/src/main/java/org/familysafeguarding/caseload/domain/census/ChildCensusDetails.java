package org.familysafeguarding.caseload.domain.census;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.caseload.domain.code.CinCodeList;
import org.familysafeguarding.caseload.domain.family.Child;

/**
 * What the census needs of a child beyond the child record: the reason its unique pupil number is
 * not known (UN1..UN7, the census's UPNunknown), given only while the child has no UPN.
 */
@ApplicationScoped
public class ChildCensusDetails {

    private final EntityManager em;

    public ChildCensusDetails(EntityManager em) {
        this.em = em;
    }

    public void upnUnknown(Child child, String reason, String by, Instant now) {
        if (reason != null && child.upn() != null) {
            throw new CensusRuleViolated(
                    "upn-known", "The child has a UPN; a reason it is unknown is given only without one.");
        }
        String code = reason == null ? null : CinCodeList.UPN_UNKNOWN.require("upnUnknownReason", reason);
        em.createNativeQuery("""
                insert into child_census_detail (child_id, council_code, upn_unknown_reason, updated_by, updated_at, version)
                values (:child, :council, :reason, :by, :now, 0)
                on conflict (child_id) do update set upn_unknown_reason = excluded.upn_unknown_reason,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                    version = child_census_detail.version + 1""")
                .setParameter("child", child.id())
                .setParameter("council", child.councilCode())
                .setParameter("reason", code)
                .setParameter("by", by)
                .setParameter("now", now)
                .executeUpdate();
    }

    public Optional<String> upnUnknownReason(UUID childId) {
        return em
                .createNativeQuery(
                        "select upn_unknown_reason from child_census_detail where child_id = :child", String.class)
                .setParameter("child", childId)
                .getResultList()
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(String.class::cast)
                .findFirst();
    }

    /** The council's children's UPN-unknown reasons, by child. */
    public Map<UUID, String> upnUnknownReasons(String council) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select child_id, upn_unknown_reason from child_census_detail
                where council_code = :council and upn_unknown_reason is not null""").setParameter("council", council).getResultList();
        var reasons = new HashMap<UUID, String>();
        rows.forEach(r -> reasons.put((UUID) r[0], (String) r[1]));
        return reasons;
    }
}
