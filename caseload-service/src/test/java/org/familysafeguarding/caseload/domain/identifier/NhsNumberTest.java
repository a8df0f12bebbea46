package org.familysafeguarding.caseload.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "943 476 5919", "2000000010"})
    void accepts_a_number_whose_check_digit_is_modulus_11_of_the_first_nine(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @Test
    void a_remainder_of_zero_gives_check_digit_zero() {
        // 2*10 + 1*2 = 22, 22 mod 11 = 0, 11 - 0 = 11, which is written 0
        assertThat(NhsNumber.isValid("2000000010")).isTrue();
        assertThat(NhsNumber.isValid("2000000011")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891", "1234567899"})
    void refuses_every_number_whose_check_would_be_ten(String number) {
        // 1*10 + 2*9 + ... + 9*2 = 210, 210 mod 11 = 1, 11 - 1 = 10: never issued
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "4010232138", "943476591", "94347659190", "94347659I9", "", "943-476-5919"})
    void refuses_a_wrong_check_digit_a_wrong_length_or_other_characters(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @Test
    void keeps_the_digits_without_spaces() {
        assertThat(new NhsNumber("943 476 5919").value()).isEqualTo("9434765919");
    }

    @Test
    void refuses_to_build_an_invalid_one() {
        assertThatThrownBy(() -> new NhsNumber("9434765918")).isInstanceOf(InvalidIdentifier.class);
        assertThat(NhsNumber.ofNullable(" ")).isNull();
    }
}
