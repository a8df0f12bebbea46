package org.familysafeguarding.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class PlausibleDatesTest {

    record Leave(LocalDate on) {}

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new PlausibleDates().customize(mapper);
        return mapper;
    }

    @Test
    void dates_of_this_work_are_read_and_the_edges_of_the_range_too() throws Exception {
        assertThat(mapper().readValue("{\"on\": \"2026-03-31\"}", Leave.class).on())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(mapper().readValue("{\"on\": \"1900-01-01\"}", Leave.class).on())
                .isEqualTo(PlausibleDates.EARLIEST);
        assertThat(mapper().readValue("{\"on\": \"2199-12-31\"}", Leave.class).on())
                .isEqualTo(PlausibleDates.LATEST);
        assertThat(mapper().readValue("{\"on\": null}", Leave.class).on()).isNull();
    }

    @Test
    void a_year_out_of_range_is_refused_naming_the_range() {
        for (String date : new String[] {"+99999-01-01", "1899-12-31", "2200-01-01", "0000-01-01"}) {
            assertThatThrownBy(() -> mapper().readValue("{\"on\": \"" + date + "\"}", Leave.class))
                    .isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("between 1900-01-01 and 2199-12-31");
        }
    }

    @Test
    void an_impossible_date_is_still_refused_as_before() {
        assertThatThrownBy(() -> mapper().readValue("{\"on\": \"2026-02-30\"}", Leave.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }
}
