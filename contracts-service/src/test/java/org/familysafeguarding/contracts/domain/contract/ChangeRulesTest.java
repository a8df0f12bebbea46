package org.familysafeguarding.contracts.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeRulesTest {

    static final ChangeRules RULES = new ChangeRules(ProcurementReferenceData.fromClasspath());

    @ParameterizedTest(
            name = "{0}: {2} on {1}, term moved {4} of {3} days -> notice {5}, PSR considerable {6}, PSR notice {7}")
    @CsvSource({
        // the change-notice rule: more than 10% of value or of the maximum term
        "OTHER_SERVICES, 1000000.00, 100000.00, 1000, 0, false, false, false",
        "OTHER_SERVICES, 1000000.00, 100000.01, 1000, 0, true, false, false",
        "OTHER_SERVICES, 1000000.00, -150000.00, 1000, 0, true, false, false",
        "OTHER_SERVICES, 1000000.00, 0, 1000, 100, false, false, false",
        "OTHER_SERVICES, 1000000.00, 0, 1000, 101, true, false, false",
        // light-touch contracts are excluded from it
        "LIGHT_TOUCH_SOCIAL_SERVICES, 1000000.00, 400000.00, 1000, 500, false, false, false",
        // PSR considerable change: at least 500k and at least 25%
        "HEALTH_CARE_SERVICES, 2000000.00, 500000.00, 1000, 0, false, true, true",
        "HEALTH_CARE_SERVICES, 2000000.00, 499999.99, 1000, 0, false, false, false",
        "HEALTH_CARE_SERVICES, 3000000.00, 600000.00, 1000, 0, false, false, true",
        "HEALTH_CARE_SERVICES, 1000000.00, 400000.00, 1000, 0, false, false, false",
    })
    void flags_a_variation_by_the_change_notice_rule_and_the_psr_considerable_change_test(
            ServiceType type,
            BigDecimal before,
            BigDecimal change,
            long maxTermDays,
            long termChangeDays,
            boolean notice,
            boolean considerable,
            boolean psrNotice) {
        ChangeFlags flags = RULES.assess(type, before, change, maxTermDays, termChangeDays);
        assertThat(flags.changeNoticeRequired()).isEqualTo(notice);
        assertThat(flags.psrConsiderableChange()).isEqualTo(considerable);
        assertThat(flags.psrTransparencyNoticeRequired()).isEqualTo(psrNotice);
        assertThat(flags.reasons()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void a_contract_awarded_under_pcr_2015_is_modified_under_reg_72_not_with_the_acts_change_notice() {
        ChangeFlags flags = RULES.assess(
                ServiceType.OTHER_SERVICES,
                org.familysafeguarding.contracts.domain.procurement.ProcurementRegime.PCR2015,
                new BigDecimal("1000000.00"),
                new BigDecimal("200000.00"),
                new BigDecimal("1000000.00"),
                new BigDecimal("200000.00"),
                1000,
                0);
        assertThat(flags.changeNoticeRequired()).isFalse();
        assertThat(flags.reasons()).contains("reg 72");
        ChangeFlags act = RULES.assess(
                ServiceType.OTHER_SERVICES,
                org.familysafeguarding.contracts.domain.procurement.ProcurementRegime.PA2023,
                new BigDecimal("1000000.00"),
                new BigDecimal("200000.00"),
                new BigDecimal("1000000.00"),
                new BigDecimal("200000.00"),
                1000,
                0);
        assertThat(act.changeNoticeRequired()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void the_psr_considerable_change_counts_every_change_against_the_contract_as_entered_into() {
        // 2,000,000 as entered into; an earlier rise of 300,000, now 250,000 more: 550,000 in all, 27.5%
        ChangeFlags flags = RULES.assess(
                ServiceType.HEALTH_CARE_SERVICES,
                org.familysafeguarding.contracts.domain.procurement.ProcurementRegime.PSR2023,
                new BigDecimal("2300000.00"),
                new BigDecimal("250000.00"),
                new BigDecimal("2000000.00"),
                new BigDecimal("550000.00"),
                1000,
                0);
        assertThat(flags.psrConsiderableChange()).isTrue();
    }
}
