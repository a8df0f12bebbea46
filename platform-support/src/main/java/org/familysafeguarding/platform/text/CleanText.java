package org.familysafeguarding.platform.text;

import java.text.Normalizer;

/**
 * The one rule for text that comes in from outside, before anything validates or stores it: no NUL or
 * other C0/C1 control character (tab, CR and LF only in free text), no lone surrogate (half of a
 * character, which UTF-8 cannot encode), no Unicode non-character; then normalised to NFC, so that a
 * name typed with a combining accent and one typed precomposed are the same name and lengths count
 * characters as a reader sees them. Names, codes and identifiers are trimmed; free text is kept as
 * written.
 */
public final class CleanText {

    /** What a text field is, which decides the characters it may hold and whether it is trimmed. */
    public enum Kind {
        /** A name, code or identifier: one line, trimmed. */
        LINE,
        /** Notes, descriptions, reasons: tab, CR and LF allowed, kept as written. */
        FREE_TEXT
    }

    /** Text refused, with the reason in words a client can act on. */
    public static final class Refused extends IllegalArgumentException {

        public Refused(String reason) {
            super(reason);
        }
    }

    private CleanText() {}

    /** The text as it is to be validated and stored, or {@link Refused} saying why it cannot be. */
    public static String clean(String raw, Kind kind) {
        if (raw == null) {
            return null;
        }
        check(raw, kind);
        String normalised = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        return kind == Kind.LINE ? normalised.strip() : normalised;
    }

    /** Refuses text with a character it may not hold; changes nothing. */
    public static void check(String raw, Kind kind) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, raw.charAt(++i));
                if (isNonCharacter(codePoint)) {
                    throw refused(raw, codePoint, "a Unicode non-character", i - 1);
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw refused(raw, c, "half of a surrogate pair, which is no character", i);
            }
            if (isControl(c) && !(kind == Kind.FREE_TEXT && (c == '\t' || c == '\n' || c == '\r'))) {
                throw refused(
                        raw,
                        c,
                        kind == Kind.LINE && (c == '\t' || c == '\n' || c == '\r')
                                ? "a tab or line break, which only free text such as notes may hold"
                                : "a control character",
                        i);
            }
            if (isNonCharacter(c)) {
                throw refused(raw, c, "a Unicode non-character", i);
            }
        }
    }

    /** C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F). */
    static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** U+FDD0-U+FDEF and the last two code points of every plane, reserved never to be characters. */
    static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static Refused refused(String raw, int codePoint, String what, int index) {
        return new Refused(
                "holds U+%04X at character %d, %s".formatted(codePoint, raw.codePointCount(0, index) + 1, what));
    }
}
