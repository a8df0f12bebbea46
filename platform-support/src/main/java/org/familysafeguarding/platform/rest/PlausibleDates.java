package org.familysafeguarding.platform.rest;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every date read from a request body lies between 1900-01-01 and 2199-12-31: a year such as
 * +99999 is a typing error or an attack, never a date of this work, and is refused as a 400
 * problem naming the field before any rule of a service sees it.
 */
@Singleton
public class PlausibleDates implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Applied after Quarkus's own customizers, which register the Java time module: this reader must come last to win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("plausible-dates").addDeserializer(LocalDate.class, new Deserializer()));
    }

    /** A well-formed date outside the range; its message names the range, for the problem body. */
    public static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser parser, LocalDate date) {
            super(
                    parser,
                    "A date between " + EARLIEST + " and " + LATEST + " is expected",
                    date.toString(),
                    LocalDate.class);
        }
    }

    static final class Deserializer extends StdDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                throw new OutOfRange(parser, date);
            }
            return date;
        }
    }
}
