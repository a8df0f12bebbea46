package org.familysafeguarding.caseload.domain.familystar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FamilyStarRepository implements PanacheRepositoryBase<FamilyStarReading, UUID> {

    public List<FamilyStarReading> ofAdult(UUID adultId) {
        return list("adultId", Sort.by("readingDate"), adultId);
    }

    /** Average score per area at the start and at the latest reading, over a cohort of parents. */
    public record AreaAverage(FamilyStarArea area, BigDecimal atStart, BigDecimal atLatest) {}

    public record Cohort(long parents, List<AreaAverage> areas) {}

    /**
     * The council's parents whose start reading fell in the period and who have had a later reading:
     * their average score per area at the start and at their latest reading.
     */
    public Cohort cohort(String councilCode, LocalDate from, LocalDate to) {
        String pairs = """
                with started as (
                    select r.adult_id, r.id from family_star_reading r
                    where r.council_code = :council and r.stage = 'START' and r.reading_date between :since and :until),
                latest as (
                    select distinct on (r.adult_id) r.adult_id, r.id from family_star_reading r
                    join started s on s.adult_id = r.adult_id
                    where r.council_code = :council and r.stage <> 'START'
                    order by r.adult_id, r.reading_date desc),
                pairs as (
                    select s.id as start_id, l.id as latest_id from started s join latest l on l.adult_id = s.adult_id)
                """;
        long parents = ((Number) getEntityManager()
                        .createNativeQuery(pairs + "select count(*) from pairs")
                        .setParameter("council", councilCode)
                        .setParameter("since", from)
                        .setParameter("until", to)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(pairs + """
                select a.area, avg(a.score), avg(b.score)
                from pairs p
                join family_star_score a on a.reading_id = p.start_id
                join family_star_score b on b.reading_id = p.latest_id and b.area = a.area
                group by a.area
                """)
                .setParameter("council", councilCode)
                .setParameter("since", from)
                .setParameter("until", to)
                .getResultList();
        var areas = rows.stream()
                .map(row -> new AreaAverage(FamilyStarArea.valueOf((String) row[0]), round(row[1]), round(row[2])))
                .sorted(java.util.Comparator.comparing(AreaAverage::area))
                .toList();
        return new Cohort(parents, areas);
    }

    private static BigDecimal round(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
