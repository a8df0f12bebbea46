package org.familysafeguarding.partners.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.partners.domain.sharing.DataCategory.CRIMINAL_OFFENCES_AND_RISK;
import static org.familysafeguarding.partners.domain.sharing.DataCategory.HEALTH_AND_MENTAL_HEALTH;
import static org.familysafeguarding.partners.domain.sharing.DataCategory.IDENTITY_AND_CONTACT;
import static org.familysafeguarding.partners.domain.sharing.LawfulBasis.DPA_2018_SCH_1_PARA_18;
import static org.familysafeguarding.partners.domain.sharing.LawfulBasis.UK_GDPR_ART_6_1_E;
import static org.familysafeguarding.partners.domain.sharing.LawfulBasis.UK_GDPR_ART_9_2_G;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class InformationSharingAgreementTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static InformationSharingAgreement.Terms terms(Set<LawfulBasis> bases, Set<DataCategory> categories) {
        return new InformationSharingAgreement.Terms(
                Set.of(UUID.randomUUID()),
                "Family Safeguarding teams",
                bases,
                categories,
                START,
                START.plusYears(3),
                START.plusYears(1));
    }

    @Test
    void special_category_data_needs_an_article_9_condition() {
        assertThatThrownBy(() -> terms(Set.of(UK_GDPR_ART_6_1_E), Set.of(HEALTH_AND_MENTAL_HEALTH)))
                .hasMessageContaining("Art. 9");
        assertThat(terms(Set.of(UK_GDPR_ART_6_1_E, UK_GDPR_ART_9_2_G), Set.of(HEALTH_AND_MENTAL_HEALTH)))
                .isNotNull();
    }

    @Test
    void criminal_offence_data_needs_a_schedule_1_condition() {
        assertThatThrownBy(
                        () -> terms(Set.of(UK_GDPR_ART_6_1_E, UK_GDPR_ART_9_2_G), Set.of(CRIMINAL_OFFENCES_AND_RISK)))
                .hasMessageContaining("Schedule 1");
        assertThat(terms(Set.of(UK_GDPR_ART_6_1_E, DPA_2018_SCH_1_PARA_18), Set.of(CRIMINAL_OFFENCES_AND_RISK)))
                .isNotNull();
    }

    @Test
    void every_agreement_needs_an_article_6_basis() {
        assertThatThrownBy(() -> terms(Set.of(UK_GDPR_ART_9_2_G), Set.of(IDENTITY_AND_CONTACT)))
                .hasMessageContaining("Art. 6");
    }

    @Test
    void an_agreement_is_live_from_its_start_to_its_end_or_the_day_it_was_ended() {
        var agreement = InformationSharingAgreement.sign(
                "E10000032",
                terms(Set.of(UK_GDPR_ART_6_1_E), Set.of(IDENTITY_AND_CONTACT)),
                "commissioner",
                Instant.now());
        assertThat(agreement.liveOn(START.minusDays(1))).isFalse();
        assertThat(agreement.liveOn(START)).isTrue();
        assertThat(agreement.liveOn(START.plusYears(3))).isTrue();
        assertThat(agreement.liveOn(START.plusYears(3).plusDays(1))).isFalse();
        agreement.end(START.plusMonths(6), "TERMINATED");
        assertThat(agreement.liveOn(START.plusMonths(6))).isTrue();
        assertThat(agreement.liveOn(START.plusMonths(6).plusDays(1))).isFalse();
        assertThatThrownBy(() -> agreement.end(START.plusMonths(7), "TERMINATED"))
                .hasMessageContaining("ended");
    }

    @Test
    void the_review_falls_within_the_agreement() {
        assertThatThrownBy(() -> new InformationSharingAgreement.Terms(
                        Set.of(UUID.randomUUID()),
                        "p",
                        Set.of(UK_GDPR_ART_6_1_E),
                        Set.of(IDENTITY_AND_CONTACT),
                        START,
                        START.plusYears(1),
                        START.plusYears(2)))
                .hasMessageContaining("review");
    }
}
