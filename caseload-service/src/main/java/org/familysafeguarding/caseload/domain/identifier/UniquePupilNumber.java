package org.familysafeguarding.caseload.domain.identifier;

/**
 * A Unique Pupil Number as the DfE issues it: 13 characters, a check letter followed by the LA
 * number (3 digits), the establishment (4 digits), the year (2 digits) and a serial (2 digits then a
 * digit, or a letter for a temporary UPN). The check letter is the sum of characters 2 to 13, each
 * multiplied by its position (2..13), modulo 23, read from {@link #LETTERS}; a letter in position 13
 * counts as its index in the same table.
 */
public record UniquePupilNumber(String value) {

    /** The DfE check-letter alphabet: A to Z without I, O and S. */
    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (!isValid(value)) {
            throw new InvalidIdentifier("upn", "not a valid UPN (13 characters with a correct check letter).");
        }
        value = value.strip().toUpperCase();
    }

    public static UniquePupilNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new UniquePupilNumber(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String upn = candidate.strip().toUpperCase();
        if (!upn.matches("[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]")) {
            return false;
        }
        return upn.charAt(0) == checkLetter(upn.substring(1));
    }

    /** The check letter for the twelve characters that follow it. */
    static char checkLetter(String rest) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = rest.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
