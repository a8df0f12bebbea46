package org.familysafeguarding.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class TextFieldsTest {

    record Visit(String name, @FreeText String notes, List<String> codes, Inner inner) {}

    record Inner(String title, @FreeText List<String> lines) {}

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new TextFields().customize(mapper);
        return mapper;
    }

    @Test
    void names_are_trimmed_and_normalised_and_notes_kept_as_written() throws Exception {
        Visit visit = mapper().readValue("""
                {"name": "  Zoe\\u0301 Ashdown ", "notes": " Seen.\\r\\n\\tWell. ", "codes": [" A1 "],
                 "inner": {"title": " T ", "lines": [" one\\n"]}}""", Visit.class);
        assertThat(visit.name()).isEqualTo("Zo\u00e9 Ashdown");
        assertThat(visit.notes()).isEqualTo(" Seen.\r\n\tWell. ");
        assertThat(visit.codes()).containsExactly("A1");
        assertThat(visit.inner().title()).isEqualTo("T");
        assertThat(visit.inner().lines()).containsExactly(" one\n");
    }

    @Test
    void a_nul_is_refused_naming_the_field() {
        assertThatThrownBy(() -> mapper().readValue("{\"name\": \"Smith\\u0000 family\"}", Visit.class))
                .isInstanceOfSatisfying(TextFields.RefusedText.class, e -> {
                    assertThat(e.getPath())
                            .extracting(JsonMappingException.Reference::getFieldName)
                            .containsExactly("name");
                    assertThat(e.reason()).contains("U+0000").contains("control character");
                });
    }

    @Test
    void a_lone_surrogate_deep_in_a_list_is_refused_naming_its_place() {
        assertThatThrownBy(() -> mapper().readValue("{\"inner\": {\"lines\": [\"ok\", \"bad \\ud800\"]}}", Visit.class))
                .isInstanceOfSatisfying(TextFields.RefusedText.class, e -> {
                    assertThat(e.getPath())
                            .extracting(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                            .containsExactly("inner", "lines", "[1]");
                    assertThat(e.reason()).contains("U+D800").contains("surrogate");
                });
    }

    @Test
    void a_line_break_in_a_name_is_refused_but_not_in_notes() throws Exception {
        assertThatThrownBy(() -> mapper().readValue("{\"name\": \"Smith\\nfamily\"}", Visit.class))
                .isInstanceOf(TextFields.RefusedText.class);
        assertThat(mapper().readValue("{\"notes\": \"a\\nb\"}", Visit.class).notes())
                .isEqualTo("a\nb");
    }

    @Test
    void text_in_a_map_or_an_untyped_field_keeps_its_line_breaks_but_not_a_nul() throws Exception {
        record Event(java.util.Map<String, Object> details) {}
        assertThat(mapper().readValue("{\"details\": {\"why\": \" a\\nb \"}}", Event.class)
                        .details())
                .containsEntry("why", " a\nb ");
        assertThatThrownBy(() -> mapper().readValue("{\"details\": {\"why\": \"a\\u0000\"}}", Event.class))
                .isInstanceOf(TextFields.RefusedText.class);
    }

    @Test
    void raw_utf8_of_a_surrogate_is_refused_too() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertThatThrownBy(() -> mapper().readValue(body, Visit.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
