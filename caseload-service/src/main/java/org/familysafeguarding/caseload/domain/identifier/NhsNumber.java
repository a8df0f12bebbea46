package org.familysafeguarding.caseload.domain.identifier;

/**
 * An NHS number: ten digits, the last a Modulus 11 check digit over the first nine with weights 10
 * down to 2 (a result of 11 means 0; a result of 10 is never issued). Spaces are allowed on input.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw new InvalidIdentifier("nhsNumber", "not a valid NHS number (10 digits, Modulus 11 check).");
        }
        value = normalise(value);
    }

    /** Null for an absent one. */
    public static NhsNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new NhsNumber(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String digits = normalise(candidate);
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static String normalise(String candidate) {
        return candidate.replace(" ", "");
    }
}
