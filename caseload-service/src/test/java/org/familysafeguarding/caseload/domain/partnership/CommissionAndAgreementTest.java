package org.familysafeguarding.caseload.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.caseload.readmodel.Commission;
import org.familysafeguarding.caseload.readmodel.InformationSharingAgreement;
import org.junit.jupiter.api.Test;

class CommissionAndAgreementTest {

    static final String COUNCIL = "E10000032";
    static final UUID AGENCY = UUID.randomUUID();
    static final LocalDate LIVE = LocalDate.of(2025, 4, 18);
    static final LocalDate ENDED = LocalDate.of(2027, 3, 31);

    @Test
    void a_contract_commissions_its_services_from_going_live_to_its_last_day() {
        Commission c = Commission.of(UUID.randomUUID(), COUNCIL, AGENCY, Set.of(), Instant.now());
        c.wentLive(LIVE, LocalDate.of(2028, 3, 31), Set.of("SUBSTANCE_USE"), Instant.now());
        c.ended(ENDED, Instant.now());
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, LIVE.minusDays(1)))
                .isFalse();
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, LIVE)).isTrue();
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, ENDED)).isTrue();
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, ENDED.plusDays(1)))
                .isFalse();
        assertThat(c.commissions(AGENCY, "MENTAL_HEALTH", COUNCIL, LIVE)).isFalse();
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", "E10000025", LIVE)).isFalse();
        assertThat(c.commissions(UUID.randomUUID(), "SUBSTANCE_USE", COUNCIL, LIVE))
                .isFalse();
    }

    @Test
    void an_ending_that_arrives_before_the_going_live_still_ends_the_contract() {
        Commission c = Commission.of(UUID.randomUUID(), COUNCIL, AGENCY, Set.of("SUBSTANCE_USE"), Instant.now());
        c.ended(ENDED, Instant.now());
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, LIVE)).isFalse();
        c.wentLive(LIVE, null, Set.of("SUBSTANCE_USE"), Instant.now());
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, LIVE)).isTrue();
        assertThat(c.commissions(AGENCY, "SUBSTANCE_USE", COUNCIL, ENDED.plusDays(1)))
                .isFalse();
    }

    @Test
    void an_agreement_covers_its_agencies_from_its_start_to_its_end_or_early_ending() {
        InformationSharingAgreement a = InformationSharingAgreement.of(UUID.randomUUID(), COUNCIL, Instant.now());
        a.signed(Set.of(AGENCY), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), Instant.now());
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2029, 1, 1))).isFalse();
        assertThat(a.covers(UUID.randomUUID(), COUNCIL, LocalDate.of(2026, 6, 1)))
                .isFalse();
        assertThat(a.covers(AGENCY, "E10000025", LocalDate.of(2026, 6, 1))).isFalse();
        a.ended(LocalDate.of(2027, 3, 31), Instant.now());
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(a.covers(AGENCY, COUNCIL, LocalDate.of(2027, 4, 1))).isFalse();
    }
}
