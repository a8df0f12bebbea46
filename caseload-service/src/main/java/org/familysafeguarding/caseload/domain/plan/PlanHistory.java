package org.familysafeguarding.caseload.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What happens within a plan after it starts: a looked-after episode's legal status over time and a
 * child protection plan's review conferences.
 */
@ApplicationScoped
public class PlanHistory {

    public record LegalStatusSpell(LocalDate from, String legalStatus) {}

    private final EntityManager em;

    public PlanHistory(EntityManager em) {
        this.em = em;
    }

    public void legalStatusFrom(Plan plan, LocalDate from, String legalStatus, Instant now) {
        em.createNativeQuery("""
                insert into plan_legal_status (plan_id, from_date, council_code, legal_status, created_at)
                values (:plan, :from, :council, :status, :now)""")
                .setParameter("plan", plan.id())
                .setParameter("from", from)
                .setParameter("council", plan.councilCode())
                .setParameter("status", legalStatus)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The episode's legal statuses, earliest first. */
    public List<LegalStatusSpell> legalStatuses(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select from_date, legal_status from plan_legal_status where plan_id = :plan order by from_date")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream()
                .map(r -> new LegalStatusSpell(date(r[0]), (String) r[1]))
                .toList();
    }

    public void review(Plan plan, LocalDate on, Instant now) {
        em.createNativeQuery("""
                insert into cp_plan_review (plan_id, review_date, council_code, child_id, created_at)
                values (:plan, :on, :council, :child, :now) on conflict do nothing""")
                .setParameter("plan", plan.id())
                .setParameter("on", on)
                .setParameter("council", plan.councilCode())
                .setParameter("child", plan.childId())
                .setParameter("now", now)
                .executeUpdate();
    }

    public List<LocalDate> reviews(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "select review_date from cp_plan_review where plan_id = :plan order by review_date")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream().map(PlanHistory::date).toList();
    }

    /** Every review of the council's child protection plans held by the day, by plan. */
    public Map<UUID, List<LocalDate>> reviewsOfCouncil(String council, LocalDate by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select plan_id, review_date from cp_plan_review where council_code = :council and review_date <= :by
                order by review_date""")
                .setParameter("council", council)
                .setParameter("by", by)
                .getResultList();
        var byPlan = new HashMap<UUID, List<LocalDate>>();
        rows.forEach(r -> byPlan.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                .add(date(r[1])));
        return byPlan;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
