package org.familysafeguarding.caseload.domain.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmppsDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-19T18:35:59.442+01:00                 | 2025-06-19T17:35:59.442Z
            2025-06-19T18:35:59.442+01:00[Europe/London]  | 2025-06-19T17:35:59.442Z
            2025-01-10T09:00:00Z[Europe/London]           | 2025-01-10T09:00:00Z
            2025-03-25T10:35:38.285Z                      | 2025-03-25T10:35:38.285Z
            2025-03-30T02:30:00+01:00[Europe/London]      | 2025-03-30T01:30:00Z
            2025-10-26T01:30:00+00:00[Europe/London]      | 2025-10-26T01:30:00Z
            2025-10-26T01:30:00+01:00[Europe/London]      | 2025-10-26T00:30:00Z
            """)
    void occurred_at_is_read_with_its_offset_and_an_optional_region(String text, String instant) {
        assertThat(HmppsDates.occurredAt(text).toInstant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0} is {1}, day {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu Jun 19 00:00:00 BST 2025 | 2025-06-18T23:00:00Z | 2025-06-19
            Thu Jun 19 18:35:59 BST 2025 | 2025-06-19T17:35:59Z | 2025-06-19
            Thu Jun 12 16:06:15 BST 2025 | 2025-06-12T15:06:15Z | 2025-06-12
            Tue Mar 25 00:00:00 GMT 2025 | 2025-03-25T00:00:00Z | 2025-03-25
            Tue Mar 25 10:35:38 GMT 2025 | 2025-03-25T10:35:38Z | 2025-03-25
            Sun Oct 26 00:00:00 BST 2025 | 2025-10-25T23:00:00Z | 2025-10-26
            Mon Jan 6 09:15:00 UTC 2025  | 2025-01-06T09:15:00Z | 2025-01-06
            Thu Feb 29 00:00:00 GMT 2024 | 2024-02-29T00:00:00Z | 2024-02-29
            """)
    void legacy_dates_map_bst_and_gmt_to_london_not_to_another_zone(String text, String instant, String day) {
        assertThat(HmppsDates.legacy("registrationDate", text).toInstant()).isEqualTo(Instant.parse(instant));
        assertThat(HmppsDates.legacyDay("registrationDate", text)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "occurredAt {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-19T18:35:59
            2025-06-19
            19/06/2025 18:35
            Thu Jun 19 18:35:59 BST 2025
            2025-06-19T18:35:59+01:00[Mars/Olympus]
            2025-02-30T10:00:00Z
            """)
    void occurred_at_without_an_offset_or_not_a_date_is_refused(String text) {
        assertThatThrownBy(() -> HmppsDates.occurredAt(text))
                .isInstanceOf(InvalidHmppsDate.class)
                .hasMessageStartingWith("occurredAt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu Jun 19 00:00:00 PDT 2025 | names the zone PDT
            Thu Jun 19 00:00:00 XYZ 2025 | names the zone XYZ
            Fri Jun 19 00:00:00 BST 2025 | is a Thu, not a Fri
            Thu Jun 31 00:00:00 BST 2025 | not a real date
            Thu Jux 19 00:00:00 BST 2025 | not a real date
            Thu Jun 19 25:00:00 BST 2025 | not a real date
            2025-06-19T00:00:00+01:00    | is not of the form
            Thu Jun 19 2025              | is not of the form
            """)
    void legacy_dates_in_another_zone_or_impossible_are_refused_with_the_reason(String text, String reason) {
        assertThatThrownBy(() -> HmppsDates.legacy("registrationDate", text))
                .isInstanceOf(InvalidHmppsDate.class)
                .hasMessageStartingWith("registrationDate")
                .hasMessageContaining(reason);
    }
}
