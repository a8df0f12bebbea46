package org.familysafeguarding.partners.domain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PractitionerTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    static Practitioner.Details details(PractitionerRole role, String fte, RegistrationBody body, String number) {
        return new Practitioner.Details(
                "Mira", "Okafor", role, new BigDecimal(fte), body, number, null, START, null, "m.okafor");
    }

    @Test
    void refuses_an_fte_above_one_or_below_a_tenth() {
        assertThatThrownBy(() -> details(PractitionerRole.FAMILY_PRACTITIONER, "1.5", null, null))
                .isInstanceOf(WorkforceRuleViolated.class)
                .hasMessageContaining("FTE");
        assertThatThrownBy(() -> details(PractitionerRole.FAMILY_PRACTITIONER, "0.05", null, null))
                .isInstanceOf(WorkforceRuleViolated.class);
        assertThat(details(PractitionerRole.FAMILY_PRACTITIONER, "0.1", null, null)
                        .fte())
                .isEqualByComparingTo("0.1");
    }

    @Test
    void a_social_worker_must_be_on_the_social_work_england_register() {
        assertThatThrownBy(() -> details(PractitionerRole.SOCIAL_WORKER, "1.0", null, null))
                .hasMessageContaining("registered");
        assertThatThrownBy(() -> details(PractitionerRole.SOCIAL_WORKER, "1.0", RegistrationBody.HCPC, "PYL12345"))
                .hasMessageContaining("registered");
        assertThat(details(PractitionerRole.SOCIAL_WORKER, "1.0", RegistrationBody.SOCIAL_WORK_ENGLAND, "SW123456")
                        .registrationNumber())
                .isEqualTo("SW123456");
    }

    @Test
    void registration_numbers_must_have_their_registers_shape() {
        assertThat(RegistrationBody.SOCIAL_WORK_ENGLAND.accepts("SW12")).isTrue();
        assertThat(RegistrationBody.SOCIAL_WORK_ENGLAND.accepts("12345")).isFalse();
        assertThat(RegistrationBody.HCPC.accepts("PYL012345")).isTrue();
        assertThat(RegistrationBody.HCPC.accepts("PY1")).isFalse();
        assertThat(RegistrationBody.NMC.accepts("12A3456E")).isTrue();
        assertThat(RegistrationBody.NMC.accepts("12A3456")).isFalse();
        assertThatThrownBy(
                        () -> details(PractitionerRole.CLINICAL_PSYCHOLOGIST, "0.5", RegistrationBody.HCPC, "12A3456E"))
                .hasMessageContaining("not a HCPC registration number");
    }

    @Test
    void a_mental_health_practitioner_may_be_on_any_of_the_three_registers() {
        assertThat(details(PractitionerRole.MENTAL_HEALTH_PRACTITIONER, "0.6", RegistrationBody.NMC, "12A3456E"))
                .isNotNull();
        assertThat(details(
                        PractitionerRole.MENTAL_HEALTH_PRACTITIONER,
                        "0.6",
                        RegistrationBody.SOCIAL_WORK_ENGLAND,
                        "SW9"))
                .isNotNull();
    }

    @Test
    void adult_facing_specialists_need_no_register_and_cannot_leave_before_they_start() {
        assertThat(details(PractitionerRole.ADULT_PRACTITIONER_SUBSTANCE_USE, "0.8", null, null))
                .isNotNull();
        assertThatThrownBy(() -> new Practitioner.Details(
                        "Mira",
                        "Okafor",
                        PractitionerRole.VOLUNTEER,
                        new BigDecimal("0.2"),
                        null,
                        null,
                        null,
                        START,
                        START.minusDays(1),
                        "m.okafor"))
                .hasMessageContaining("leave before");
    }
}
