package org.familysafeguarding.platform.text;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * {@code @Size} on text counts characters, as PostgreSQL's {@code varchar(n)} and a reader do, not the
 * UTF-16 code units of {@link String#length()}: a name of 100 characters with a character outside the
 * Basic Multilingual Plane (an emoji, a rare CJK ideograph) is 100, not 101. Collections, maps and
 * arrays keep Hibernate Validator's own counting; this validator is chosen for {@code String} because
 * it is more specific than the built-in one for {@code CharSequence}.
 */
@Singleton
public class CharacterLengths implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(SizeInCharacters.class);
        configuration.addMapping(mapping);
    }

    public static final class SizeInCharacters implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int characters = value.codePointCount(0, value.length());
            return characters >= min && characters <= max;
        }
    }
}
