package org.familysafeguarding.caseload.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTest {

    @Test
    void the_check_letter_is_the_weighted_sum_modulo_23() {
        // 8*2 + 0*3 + 1*4 + 2*5 + 0*6 + 0*7 + 0*8 + 0*9 + 1*10 + 0*11 + 0*12 + 1*13 = 53; 53 mod 23 = 7 -> H
        assertThat(UniquePupilNumber.checkLetter("801200001001")).isEqualTo('H');
        assertThat(UniquePupilNumber.isValid("H801200001001")).isTrue();
    }

    @Test
    void a_temporary_upn_ending_in_a_letter_counts_the_letter_by_its_place_in_the_table() {
        // as above but the last character A counts 0: 40 mod 23 = 17 -> U
        assertThat(UniquePupilNumber.isValid("U80120000100A")).isTrue();
        assertThat(UniquePupilNumber.isValid("H80120000100A")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A801200001001",
                "J801200001001",
                "H801200001002",
                "H80120000100",
                "H8012000010011",
                "I801200001001",
                "1801200001001",
                "H8012000O1001",
                ""
            })
    void refuses_a_wrong_check_letter_a_wrong_length_or_letters_outside_the_table(String upn) {
        assertThat(UniquePupilNumber.isValid(upn)).isFalse();
    }

    @Test
    void accepts_lower_case_and_keeps_it_upper() {
        assertThat(new UniquePupilNumber("h801200001001").value()).isEqualTo("H801200001001");
        assertThatThrownBy(() -> new UniquePupilNumber("A801200001001")).isInstanceOf(InvalidIdentifier.class);
    }
}
