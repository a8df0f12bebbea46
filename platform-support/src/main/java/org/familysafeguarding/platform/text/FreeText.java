package org.familysafeguarding.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field as free text a person writes - notes, a description, a reason - which is kept
 * exactly as written and may hold tab, CR and LF. Every other text field is a name, code or
 * identifier: trimmed, on one line. Both are refused when they hold characters no reader can show or
 * PostgreSQL cannot store (see {@link CleanText}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
public @interface FreeText {}
