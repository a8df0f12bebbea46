package org.familysafeguarding.caseload.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbationCaseReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"X123456", "A000001", " x777776 "})
    void accepts_one_letter_and_six_digits(String crn) {
        assertThat(new ProbationCaseReference(crn).value()).matches("[A-Z][0-9]{6}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X12345", "X1234567", "XX12345", "1234567", "A1234BC", ""})
    void refuses_anything_else_such_as_a_noms_number(String crn) {
        assertThatThrownBy(() -> new ProbationCaseReference(crn)).isInstanceOf(InvalidIdentifier.class);
    }
}
