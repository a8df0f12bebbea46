package org.familysafeguarding.caseload.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outcome queries run on indexes that lead with the council, so a council's figures do not
 * read other councils' rows. With sequential scans priced out (test tables are too small for the
 * planner to prefer an index by itself), each plan must name the index meant for it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class OutcomeQueryPlanTest {

    @Inject
    EntityManager em;

    String plan(String sql) {
        String literal = sql.replace(":council", "'E06000050'")
                .replace(":from", "date '2025-04-01'")
                .replace(":to", "date '2026-03-31'");
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("explain " + literal).getResultList();
            return rows.stream().map(Object::toString).collect(Collectors.joining("\n"));
        });
    }

    @Test
    void plans_at_the_end_started_and_ended_in_a_period_are_counted_from_the_council_kind_dates_index() {
        assertThat(plan(OutcomeRepository.PLANS))
                .contains("plan_council_kind_dates")
                .doesNotContain("Seq Scan");
    }

    @Test
    void referrals_and_re_referrals_are_counted_from_the_council_date_index() {
        assertThat(plan(OutcomeRepository.REFERRALS))
                .containsPattern("referral_council_date")
                .doesNotContain("Seq Scan");
    }

    @Test
    void closures_by_reason_are_counted_from_the_council_closure_index_and_care_ceased_from_the_plans() {
        assertThat(plan(OutcomeRepository.CLOSURES))
                .contains("referral_council_closure")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.CARE_CEASED))
                .contains("plan_council_kind_dates")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.CHILDREN_IN_NEED))
                .contains("referral_council_date")
                .doesNotContain("Seq Scan");
        assertThat(plan(OutcomeRepository.ASSESSMENTS))
                .contains("assessment_council_authorised")
                .doesNotContain("Seq Scan");
    }
}
