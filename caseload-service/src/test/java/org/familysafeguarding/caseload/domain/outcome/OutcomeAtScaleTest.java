package org.familysafeguarding.caseload.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With many councils in one database, one council's figures are read through its own index range:
 * the planner, left to itself on analysed tables, picks the council-led indexes, and the counts come
 * back quickly and right. 150 invented councils (codes S99000000..S99000149, used by no other test)
 * of 300 children each, every child with plans and referrals.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class OutcomeAtScaleTest {

    static final int COUNCILS = 150;
    static final int CHILDREN_PER_COUNCIL = 300;
    static final String ONE_COUNCIL = "S99000077";
    static boolean loaded;

    @Inject
    EntityManager em;

    @Inject
    OutcomeRepository outcomes;

    @BeforeEach
    void many_councils_share_the_database() {
        if (loaded) {
            return;
        }
        loaded = true;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into family (id, council_code, name, created_at, updated_at, version)
                    select md5('f' || c || '-' || f)::uuid, 'S99' || lpad(c::text, 6, '0'), 'Scale family ' || f, now(), now(), 0
                    from generate_series(0, :councils - 1) c, generate_series(0, :children / 10 - 1) f""")
                    .setParameter("councils", COUNCILS)
                    .setParameter("children", CHILDREN_PER_COUNCIL)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into child (id, family_id, council_code, given_name, family_name, date_of_birth, sex, ethnicity,
                                       council_child_id, created_at, updated_at, version)
                    select md5('c' || c || '-' || k)::uuid, md5('f' || c || '-' || (k / 10))::uuid, 'S99' || lpad(c::text, 6, '0'),
                           'Scale', 'Child', date '2015-01-01' + k, 'F', 'WBRI', 'S' || k, now(), now(), 0
                    from generate_series(0, :councils - 1) c, generate_series(0, :children - 1) k""")
                    .setParameter("councils", COUNCILS)
                    .setParameter("children", CHILDREN_PER_COUNCIL)
                    .executeUpdate();
            // every child: a CP plan from 2022 (ended in 2025 for even children), a CIN plan, a looked-after
            // episode for every tenth child; a referral in 2025 and a re-referral for every fourth child
            em.createNativeQuery("""
                    insert into child_plan (id, child_id, family_id, council_code, kind, start_date, end_date, closure_reason,
                                            initial_category, latest_category, second_or_later, legal_status,
                                            created_at, updated_at, version)
                    select gen_random_uuid(), ch.id, ch.family_id, ch.council_code, p.kind,
                           case p.kind when 'CHILD_PROTECTION' then date '2022-06-01' else date '2025-01-01' end,
                           case when p.kind = 'CHILD_PROTECTION' and k % 2 = 0 then date '2025-06-30' end,
                           case when p.kind = 'CHILD_PROTECTION' and k % 2 = 0 then 'RC7' end,
                           case p.kind when 'CHILD_PROTECTION' then 'NEG' end, case p.kind when 'CHILD_PROTECTION' then 'NEG' end,
                           false, case p.kind when 'LOOKED_AFTER' then 'C2' end, now(), now(), 0
                    from generate_series(0, :councils - 1) c cross join generate_series(0, :children - 1) k
                    join child ch on ch.id = md5('c' || c || '-' || k)::uuid
                    cross join (values ('CHILD_PROTECTION'), ('CHILD_IN_NEED'), ('LOOKED_AFTER')) p(kind)
                    where p.kind <> 'LOOKED_AFTER' or k % 10 = 0""")
                    .setParameter("councils", COUNCILS)
                    .setParameter("children", CHILDREN_PER_COUNCIL)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into referral (id, child_id, family_id, council_code, referral_date, source, primary_need, outcome,
                                          re_referral, closure_date, closure_reason, created_at, updated_at, version)
                    select gen_random_uuid(), ch.id, ch.family_id, ch.council_code, date '2025-05-01' + r.n * 60, '6', 'N1',
                           null, r.n = 1, case when r.n = 0 and k % 2 = 0 then date '2025-06-30' end,
                           case when r.n = 0 and k % 2 = 0 then 'RC7' end, now(), now(), 0
                    from generate_series(0, :councils - 1) c cross join generate_series(0, :children - 1) k
                    join child ch on ch.id = md5('c' || c || '-' || k)::uuid
                    cross join (values (0), (1)) r(n)
                    where r.n = 0 or k % 4 = 0""")
                    .setParameter("councils", COUNCILS)
                    .setParameter("children", CHILDREN_PER_COUNCIL)
                    .executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("analyze child_plan").executeUpdate();
            em.createNativeQuery("analyze referral").executeUpdate();
        });
    }

    String plan(String sql) {
        String literal = sql.replace(":council", "'" + ONE_COUNCIL + "'")
                .replace(":from", "date '2025-04-01'")
                .replace(":to", "date '2026-03-31'");
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("explain " + literal).getResultList();
            return rows.stream().map(Object::toString).collect(Collectors.joining("\n"));
        });
    }

    @Test
    void the_planner_reads_one_councils_rows_through_its_indexes() {
        assertThat(plan(OutcomeRepository.PLANS))
                .contains("plan_council_kind_dates")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.REFERRALS))
                .contains("referral_council_date")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.CLOSURES))
                .contains("referral_council_closure")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.CARE_CEASED))
                .contains("plan_council_kind_dates")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.CHILDREN_IN_NEED))
                .contains("referral_council_date")
                .doesNotContain("Seq Scan");
    }

    @Test
    void one_councils_figures_are_right_and_quick_among_many() {
        var year = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        QuarkusTransaction.requiringNew().run(() -> outcomes.counts(ONE_COUNCIL, year)); // warm up
        long started = System.nanoTime();
        OutcomeCounts counts = QuarkusTransaction.requiringNew().call(() -> outcomes.counts(ONE_COUNCIL, year));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(counts.onCpPlansAtEnd()).isEqualTo(CHILDREN_PER_COUNCIL / 2);
        assertThat(counts.onCinPlansAtEnd()).isEqualTo(CHILDREN_PER_COUNCIL);
        assertThat(counts.lookedAfterAtEnd()).isEqualTo(CHILDREN_PER_COUNCIL / 10);
        assertThat(counts.cpPlansEnded()).isEqualTo(CHILDREN_PER_COUNCIL / 2);
        assertThat(counts.cpPlansEndedAfterTwoYears()).isEqualTo(CHILDREN_PER_COUNCIL / 2);
        assertThat(counts.referrals()).isEqualTo(CHILDREN_PER_COUNCIL + CHILDREN_PER_COUNCIL / 4);
        assertThat(counts.reReferrals()).isEqualTo(CHILDREN_PER_COUNCIL / 4);
        assertThat(counts.closuresByReason()).containsEntry("RC7", (long) CHILDREN_PER_COUNCIL / 2);
        // odd children's first episodes, and every fourth child's second, are open at the end
        assertThat(counts.childrenInNeedAtEnd()).isEqualTo(CHILDREN_PER_COUNCIL / 2 + CHILDREN_PER_COUNCIL / 4);
        assertThat(millis)
                .as("one council's counts among %d councils", COUNCILS)
                .isLessThan(1000);
    }
}
