package org.familysafeguarding.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class JsonLimitsTest {

    enum Kind {
        FIRST,
        SECOND
    }

    record Form(
            String name,
            int count,
            long version,
            Integer minutes,
            BigDecimal amount,
            Kind kind,
            JsonNode extra,
            List<String> items) {}

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonLimits().customize(mapper);
        return mapper;
    }

    static Form read(String json) throws JsonProcessingException {
        return mapper().readValue(json, Form.class);
    }

    /** The parser's refusal, thrown as it is or wrapped with the path of the field it was reading. */
    static void beyondLimits(Throwable thrown) {
        assertThat(thrown instanceof StreamConstraintsException
                        || thrown.getCause() instanceof StreamConstraintsException)
                .as("%s is a stream constraint refusal", thrown)
                .isTrue();
    }

    @Test
    void an_ordinary_form_is_read() throws Exception {
        Form form = read(
                "{\"name\": \"a\", \"count\": 3, \"amount\": 1234567.89, \"kind\": \"SECOND\", \"extra\": {\"a\": [1]}}");
        assertThat(form.count()).isEqualTo(3);
        assertThat(form.amount()).isEqualByComparingTo("1234567.89");
        assertThat(form.kind()).isEqualTo(Kind.SECOND);
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused() throws Exception {
        String within = "[".repeat(JsonLimits.MAX_NESTING_DEPTH - 2) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH - 2);
        read("{\"extra\": " + within + "}");
        String deep = "[".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> read("{\"extra\": " + deep + "}"))
                .satisfies(JsonLimitsTest::beyondLimits)
                .hasMessageContaining("depth");
    }

    @Test
    void a_number_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> read("{\"amount\": " + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "}"))
                .satisfies(JsonLimitsTest::beyondLimits)
                .hasMessageContaining("Number value length");
    }

    @Test
    void a_string_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> read("{\"name\": \"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"}"))
                .satisfies(JsonLimitsTest::beyondLimits)
                .hasMessageContaining("String value length");
    }

    @Test
    void a_document_longer_than_the_limit_is_refused() {
        StringBuilder items = new StringBuilder("{\"items\": [");
        while (items.length() <= JsonLimits.MAX_DOCUMENT_LENGTH) {
            items.append("\"").append("y".repeat(1000)).append("\",");
        }
        items.append("\"z\"]}");
        assertThatThrownBy(() -> mapper().readValue(items.toString().getBytes(), Form.class))
                .satisfies(JsonLimitsTest::beyondLimits)
                .hasMessageContaining("Document length");
    }

    @Test
    void a_field_named_twice_is_refused() {
        assertThatThrownBy(() -> read("{\"name\": \"a\", \"name\": \"b\"}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void a_number_that_overflows_its_type_is_refused_not_wrapped() {
        assertThatThrownBy(() -> read("{\"count\": 2147483648}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> read("{\"minutes\": 1e10}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"version\": 9223372036854775808}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void a_fraction_is_not_rounded_into_a_whole_number() {
        assertThatThrownBy(() -> read("{\"count\": 1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"minutes\": 45.9}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_number_is_not_taken_for_a_code() {
        assertThatThrownBy(() -> read("{\"kind\": 0}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_decimal_with_an_absurd_exponent_is_refused() throws Exception {
        assertThatThrownBy(() -> read("{\"amount\": 1e400}"))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("at most 100 digits");
        assertThatThrownBy(() -> read("{\"amount\": 1e-999999999}")).isInstanceOf(InvalidFormatException.class);
        assertThat(read("{\"amount\": 1e6}").amount()).isEqualByComparingTo("1000000");
    }
}
