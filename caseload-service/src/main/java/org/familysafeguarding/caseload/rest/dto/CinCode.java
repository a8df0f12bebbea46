package org.familysafeguarding.caseload.rest.dto;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.familysafeguarding.caseload.domain.code.CinCodeList;

/** A code of the named CIN census code list (null passes: pair with @NotNull where required). */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = CinCode.Validator.class)
public @interface CinCode {

    /** The list's short name, see {@link CinCodeList#named}. */
    String value();

    String message() default "must be a code of the CIN census list {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CinCode, String> {

        private CinCodeList list;

        @Override
        public void initialize(CinCode annotation) {
            list = CinCodeList.named(annotation.value());
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || list.contains(code);
        }
    }
}
