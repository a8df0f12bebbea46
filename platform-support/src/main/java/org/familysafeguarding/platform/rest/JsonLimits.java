package org.familysafeguarding.platform.rest;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The limits of the JSON every service reads, stated once. A request body is a form a person or a
 * partner system filled in: a few levels deep, short numbers, text of at most some pages, never
 * larger than the HTTP body limit (1 MB, {@code quarkus.http.limits.max-body-size} in each service and
 * the gateway). Anything beyond is refused as a 400 before a service looks at it, and so is a body
 * that says one field twice (which reader's value would count?), a fraction where a whole number
 * belongs and a number where a code belongs: Jackson's defaults would truncate or pick the n-th code
 * without a word.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 32;
    /** Digits of a number: a long has 19, money in pence fewer still. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Characters of one text value: more than any notes field allows, far less than the body limit. */
    public static final int MAX_STRING_LENGTH = 100_000;

    public static final int MAX_NAME_LENGTH = 200;
    public static final long MAX_DOCUMENT_LENGTH = 1_048_576;
    /** A decimal's exponent beyond this is no amount of money, count or rate (and costly to compute with). */
    public static final int MAX_DECIMAL_SCALE = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("decimal-limits").addDeserializer(BigDecimal.class, new Decimals()));
    }

    /** A decimal whose exponent is out of all proportion; the message says the bound, for the problem body. */
    public static final class DecimalOutOfRange extends InvalidFormatException {

        DecimalOutOfRange(JsonParser parser, BigDecimal value) {
            super(
                    parser,
                    "A decimal with at most " + MAX_DECIMAL_SCALE + " digits either side of the point is expected",
                    value.toString(),
                    BigDecimal.class);
        }
    }

    static final class Decimals extends StdScalarDeserializer<BigDecimal> {

        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
                throw new DecimalOutOfRange(parser, value);
            }
            return value;
        }
    }
}
