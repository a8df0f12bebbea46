package org.familysafeguarding.platform.text;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Applies {@link CleanText} to every text field of every JSON body a service reads, knowing each
 * field's name and whether it is {@link FreeText}: the refusal names the field (the problem mapper
 * reads the path Jackson records), and the service's validation then sees the cleaned text, so a
 * {@code @Size} counts characters after normalisation.
 */
@Singleton
public class TextFields implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("clean-text").addDeserializer(String.class, new Deserializer(CleanText.Kind.LINE)));
    }

    /** A text field refused by {@link CleanText}; the reason is the message, the field is the path. */
    public static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String reason) {
            super(parser, reason, String.class);
        }

        /** Why, without Jackson's location suffix. */
        public String reason() {
            return getOriginalMessage();
        }
    }

    static final class Deserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final CleanText.Kind kind;

        Deserializer(CleanText.Kind kind) {
            super(String.class);
            this.kind = kind;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            // No property: a whole body, or a value of a map or an untyped field (another system's event
            // details). Nothing says it is a name, so it is held to the rule without being trimmed.
            boolean freeText = property == null || property.getAnnotation(FreeText.class) != null;
            CleanText.Kind wanted = freeText ? CleanText.Kind.FREE_TEXT : CleanText.Kind.LINE;
            return wanted == kind ? this : new Deserializer(wanted);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String raw = StringDeserializer.instance.deserialize(parser, context);
            try {
                return CleanText.clean(raw, kind);
            } catch (CleanText.Refused refused) {
                throw new RefusedText(parser, refused.getMessage());
            }
        }
    }
}
