package org.familysafeguarding.caseload.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CinCodeListTest {

    @Test
    void loads_the_census_lists_from_the_copied_csv_files() {
        assertThat(CinCodeList.SEX.codes()).containsExactly("M", "F", "U");
        assertThat(CinCodeList.ETHNICITY.codes())
                .contains("WBRI", "MWBA", "NOBT")
                .hasSize(20);
        assertThat(CinCodeList.ASSESSMENT_FACTOR.codes()).contains("3B", "2B", "4B", "21", "24A");
        assertThat(CinCodeList.REASON_FOR_CLOSURE.codes())
                .containsExactly("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
        assertThat(CinCodeList.REFERRAL_SOURCE.codes()).contains("1A", "4", "5D", "10");
        assertThat(CinCodeList.named("primary-need").codes()).contains("N0", "N9");
    }

    @Test
    void refuses_a_code_that_is_not_on_the_list() {
        assertThat(CinCodeList.SEX.require("sex", "F")).isEqualTo("F");
        assertThatThrownBy(() -> CinCodeList.SEX.require("sex", "X"))
                .isInstanceOf(InvalidCode.class)
                .hasMessageContaining("sex");
        assertThat(CinCodeList.ETHNICITY.contains(null)).isFalse();
    }
}
