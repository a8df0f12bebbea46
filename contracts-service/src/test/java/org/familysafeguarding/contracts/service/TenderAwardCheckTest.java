package org.familysafeguarding.contracts.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.contracts.support.Api.plan;
import static org.familysafeguarding.contracts.support.Tenders.moderated;
import static org.familysafeguarding.contracts.support.Tenders.openForBids;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class TenderAwardCheckTest {

    static final LocalDate AWARD = LocalDate.parse("2025-03-01");

    @Inject
    TenderAwardCheck check;

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void an_accredited_bidder_that_passed_every_mandatory_criterion_may_be_awarded() {
        String council = councils.known();
        UUID passing = agencies.accreditedBy(council);
        String id = moderated(council, passing, agencies.accreditedBy(council));
        assertThatCode(() -> check.requireAwardable(UUID.fromString(id), passing, AWARD))
                .doesNotThrowAnyException();
    }

    @Test
    void a_bidder_that_failed_a_mandatory_criterion_is_refused() {
        String council = councils.known();
        UUID failing = agencies.accreditedBy(council);
        String id = moderated(council, agencies.accreditedBy(council), failing);
        refused(id, failing, "bidder-failed-mandatory-criterion");
    }

    @Test
    void an_agency_that_did_not_bid_or_is_not_accredited_is_refused() {
        String council = councils.known();
        UUID unaccredited = agencies.known();
        String id = moderated(council, unaccredited, agencies.accreditedBy(council));
        refused(id, unaccredited, "provider-not-accredited");
        refused(id, agencies.accreditedBy(council), "provider-did-not-bid");
        refused(id, null, "provider-did-not-bid");
    }

    @Test
    void an_award_waits_for_moderation_and_a_contract_without_a_tender_is_not_affected() {
        String council = councils.known();
        String open = openForBids(council);
        refused(open, agencies.accreditedBy(council), "tender-evaluation-incomplete");
        String direct = plan(council, null);
        assertThatCode(() -> check.requireAwardable(UUID.fromString(direct), agencies.known(), AWARD))
                .doesNotThrowAnyException();
    }

    private void refused(String contractId, UUID agency, String slug) {
        assertThatThrownBy(() -> check.requireAwardable(UUID.fromString(contractId), agency, AWARD))
                .isInstanceOfSatisfying(
                        TenderRuleViolated.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.slug())
                                .isEqualTo(slug));
    }
}
