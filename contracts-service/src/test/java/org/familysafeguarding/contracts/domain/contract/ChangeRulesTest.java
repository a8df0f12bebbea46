package org.familysafeguarding.contracts.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeRulesTest {

    static final ChangeRules RULES = new ChangeRules(ProcurementReferenceData.fromClasspath());

    @ParameterizedTest(name = "{0}: {2} on {1}, term moved {4} of {3} days -> notice {5}, PSR considerable {6}, PSR notice {7}")
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
    void flags_a_variation_by_the_change_notice_rule_and_the_psr_considerable_change_test(ServiceType type,
            BigDecimal before, BigDecimal change, long maxTermDays, long termChangeDays, boolean notice,
            boolean considerable, boolean psrNotice) {
        ChangeFlags flags = RULES.assess(type, before, change, maxTermDays, termChangeDays);
        assertThat(flags.changeNoticeRequired()).isEqualTo(notice);
        assertThat(flags.psrConsiderableChange()).isEqualTo(considerable);
        assertThat(flags.psrTransparencyNoticeRequired()).isEqualTo(psrNotice);
        assertThat(flags.reasons()).isNotBlank();
    }
}
