package org.familysafeguarding.platform.problem;

/**
 * Base of the exceptions a domain raises when a request breaks one of its rules. Each says what
 * kind of refusal it is, so that every service answers the same refusal with the same status.
 */
public abstract class DomainProblem extends RuntimeException {

    /** How a refusal maps to HTTP: the object is absent (or not the caller's), it clashes, or a rule refuses it. */
    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        RULE_VIOLATED,
        /** An update without If-Match: the caller must say which version it changes. */
        PRECONDITION_REQUIRED,
        /** An update against a version that is no longer current. */
        PRECONDITION_FAILED,
        /** The caller may see the object but not do this to it. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String slug;

    protected DomainProblem(Kind kind, String slug, String detail) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
    }

    public Kind kind() {
        return kind;
    }

    /** The last segment of the problem type URI, e.g. {@code agency-already-registered}. */
    public String slug() {
        return slug;
    }
}
