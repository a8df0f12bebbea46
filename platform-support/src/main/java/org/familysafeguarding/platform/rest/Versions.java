package org.familysafeguarding.platform.rest;

import org.familysafeguarding.platform.problem.DomainProblem;

/**
 * Optimistic locking over HTTP: a read answers the version as an ETag, an update must send it back
 * in If-Match, and a stale one is refused rather than overwriting someone else's change.
 */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws DomainProblem 428 without If-Match, 412 when it names another version */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionProblem(
                    DomainProblem.Kind.PRECONDITION_REQUIRED,
                    "if-match-required",
                    "Send the ETag of the version you are changing in If-Match.");
        }
        if (!ifMatch.strip().equals(etag(currentVersion))) {
            throw new VersionProblem(
                    DomainProblem.Kind.PRECONDITION_FAILED,
                    "version-changed",
                    "The record has changed since you read it (now " + etag(currentVersion) + "); read it again.");
        }
    }

    static final class VersionProblem extends DomainProblem {
        VersionProblem(Kind kind, String slug, String detail) {
            super(kind, slug, detail);
        }
    }
}
