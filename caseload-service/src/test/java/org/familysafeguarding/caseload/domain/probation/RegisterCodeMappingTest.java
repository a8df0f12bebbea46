package org.familysafeguarding.caseload.domain.probation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterCodeMappingTest {

    static final RegisterCodeMapping MAPPING = new RegisterCodeMapping(Map.of(
            "MAPP", RiskFlagKind.MAPPA,
            "RCPR", RiskFlagKind.CHILD_PROTECTION,
            "RHRH", RiskFlagKind.HIGH_ROSH,
            " rchd ", RiskFlagKind.RISK_TO_CHILDREN,
            "XDAP", RiskFlagKind.DOMESTIC_ABUSE_PERPETRATOR));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            MAPP, MAPPA
            RCPR, CHILD_PROTECTION
            rcpr, CHILD_PROTECTION
            RHRH, HIGH_ROSH
            RCHD, RISK_TO_CHILDREN
            XDAP, DOMESTIC_ABUSE_PERPETRATOR
            RVHR, OTHER
            WXYZ, OTHER
            """)
    void each_configured_code_raises_its_flag_and_any_other_is_other(String code, RiskFlagKind flag) {
        assertThat(MAPPING.flagFor(code)).isEqualTo(flag);
    }
}
