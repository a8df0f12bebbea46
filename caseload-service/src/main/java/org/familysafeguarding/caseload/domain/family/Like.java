package org.familysafeguarding.caseload.domain.family;

/** A case-insensitive prefix pattern for LIKE, with the user's wildcards taken literally. */
final class Like {

    private Like() {}

    static String prefix(String text) {
        String escaped = text.strip()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return escaped + "%";
    }
}
