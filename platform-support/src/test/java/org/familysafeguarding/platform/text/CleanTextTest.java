package org.familysafeguarding.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.familysafeguarding.platform.text.CleanText.Kind;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void a_name_is_trimmed_and_normalised_to_nfc() {
        String decomposed = "Zoe\u0301 Ashdown"; // e + combining acute
        assertThat(CleanText.clean("  " + decomposed + " ", Kind.LINE)).isEqualTo("Zo\u00e9 Ashdown");
    }

    @Test
    void free_text_is_kept_as_written_with_its_tabs_and_line_breaks() {
        String notes = "  Visited at home.\r\n\tMother present.\n";
        assertThat(CleanText.clean(notes, Kind.FREE_TEXT)).isEqualTo(notes);
    }

    @Test
    void text_beyond_the_basic_plane_is_kept_whole() {
        assertThat(CleanText.clean("Family \uD83D\uDE00 \uD840\uDC0B", Kind.LINE))
                .isEqualTo("Family \uD83D\uDE00 \uD840\uDC0B");
    }

    @Test
    void nul_and_every_other_control_character_is_refused_in_a_name_and_in_notes() {
        for (char c : new char[] {'\u0000', '\u0001', '\u001b', '\u007f', '\u0080', '\u0085', '\u009f'}) {
            for (Kind kind : Kind.values()) {
                assertThatThrownBy(() -> CleanText.clean("Smith" + c + " family", kind))
                        .isInstanceOf(CleanText.Refused.class)
                        .hasMessageContaining("U+%04X".formatted((int) c))
                        .hasMessageContaining("control character");
            }
        }
    }

    @Test
    void a_tab_or_line_break_is_refused_in_a_name_only() {
        for (String c : new String[] {"\t", "\r", "\n"}) {
            assertThatThrownBy(() -> CleanText.clean("Smith" + c + "family", Kind.LINE))
                    .isInstanceOf(CleanText.Refused.class)
                    .hasMessageContaining("only free text");
            assertThat(CleanText.clean("Smith" + c + "family", Kind.FREE_TEXT)).isEqualTo("Smith" + c + "family");
        }
    }

    @Test
    void a_lone_surrogate_is_refused_wherever_it_stands() {
        for (String text : new String[] {"Smith \uD800 family", "\uDC00", "end\uD83D", "\uDE00start"}) {
            assertThatThrownBy(() -> CleanText.clean(text, Kind.FREE_TEXT))
                    .isInstanceOf(CleanText.Refused.class)
                    .hasMessageContaining("surrogate");
        }
    }

    @Test
    void non_characters_are_refused_in_every_plane() {
        for (String text : new String[] {"\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE", "\uDBFF\uDFFF"}) {
            assertThatThrownBy(() -> CleanText.clean("a" + text, Kind.LINE))
                    .isInstanceOf(CleanText.Refused.class)
                    .hasMessageContaining("non-character")
                    .hasMessageContaining("character 2");
        }
        assertThat(CleanText.clean("\uFDCF\uFDF0\uFFFD", Kind.LINE)).isEqualTo("\uFDCF\uFDF0\uFFFD");
    }

    @Test
    void the_position_counts_characters_not_code_units() {
        assertThatThrownBy(() -> CleanText.clean("\uD83D\uDE00\u0000", Kind.LINE))
                .hasMessageContaining("at character 2");
    }
}
