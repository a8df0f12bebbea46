package org.familysafeguarding.contracts.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<Practitioner, UUID> {

    /**
     * FTE in post by role on a date: the agency's practitioners employed that day who are members
     * of at least one of the council's teams that day (each counted once, however many teams).
     */
    public Map<String, BigDecimal> fteInPost(UUID agencyId, String councilCode, LocalDate on) {
        Map<String, BigDecimal> byRole = new TreeMap<>();
        getEntityManager()
                .createQuery("""
                select p.role, sum(p.fte) from Practitioner p
                where p.agencyId = :agency and p.startDate <= :on and (p.endDate is null or p.endDate >= :on)
                  and exists (select 1 from TeamMembership m where m.practitionerId = p.id
                              and m.councilCode = :council and m.fromDate <= :on
                              and (m.toDate is null or m.toDate >= :on))
                group by p.role""", Object[].class)
                .setParameter("agency", agencyId)
                .setParameter("council", councilCode)
                .setParameter("on", on)
                .getResultList()
                .forEach(row -> byRole.put((String) row[0], (BigDecimal) row[1]));
        return byRole;
    }
}
