package org.familysafeguarding.bench.scale;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifiers in the formats the services check: ids, NHS numbers, UPNs, CRNs. */
public final class Identifiers {

    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Identifiers() {}

    /** A version-4 UUID from the generator (so the same seed gives the same ids). */
    public static UUID uuid(RandomGenerator rng) {
        long msb = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rng.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * Ids of one family's records that sort in the order the load writes them: UUIDs in version 7's layout
     * whose 48-bit time field holds the council's and the family's place in the load and a count, the rest
     * random. Each primary key (and each index that leads with such an id) then grows at its end, as a
     * service's indexes do with time, instead of taking every row at a random page.
     */
    public static final class OrderedIds {
        private final long prefix;
        private final RandomGenerator rng;
        private int count;

        public OrderedIds(int council, int family, int firstCount, RandomGenerator rng) {
            this.prefix = ((long) (council & 0xFF) << 40) | ((long) (family & 0xFF_FFFF) << 16);
            this.count = firstCount;
            this.rng = rng;
        }

        public UUID next() {
            long time = prefix | (count++ & 0xFFFF);
            long msb = (time << 16) | 0x7000L | (rng.nextLong() & 0x0FFFL);
            long lsb = (rng.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb);
        }
    }

    /** A seed for one part of the load (a council, a family, a stream), mixed so neighbours differ. */
    public static long seed(long seed, long... parts) {
        long h = seed ^ 0x9E37_79B9_7F4A_7C15L;
        for (long part : parts) {
            h = mix(h + part * 0xBF58_476D_1CE4_E5B9L);
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** The Modulus 11 check digit of the nine digits of an NHS number, or 10 when no number has them. */
    public static int nhsCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public static boolean validNhsNumber(String number) {
        if (number == null || !number.matches("[0-9]{10}")) {
            return false;
        }
        int check = nhsCheckDigit(number.substring(0, 9));
        return check != 10 && check == number.charAt(9) - '0';
    }

    /**
     * The NHS number in the range the NHS keeps for testing (999...) whose six middle digits are
     * {@code body}, or null when that body has no valid check digit.
     */
    public static String nhsNumber(int body) {
        String nine = "999" + String.format("%06d", body);
        int check = nhsCheckDigit(nine);
        return check == 10 ? null : nine + check;
    }

    /** A random test-range NHS number (children's, which the schema does not require to be unique). */
    public static String randomNhsNumber(RandomGenerator rng) {
        while (true) {
            String number = nhsNumber(rng.nextInt(1_000_000));
            if (number != null) {
                return number;
            }
        }
    }

    /** A unique pupil number: check letter, LA number, establishment, year, serial. */
    public static String upn(RandomGenerator rng, String la, int year) {
        String rest = la + String.format("%04d%02d%03d", rng.nextInt(2000, 7000), year % 100, rng.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < rest.length(); i++) {
            sum += (rest.charAt(i) - '0') * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23) + rest;
    }

    public static boolean validUpn(String upn) {
        if (upn == null || !upn.matches("[A-HJ-NP-RT-Z][0-9]{12}")) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            sum += (upn.charAt(i) - '0') * (i + 1);
        }
        return UPN_LETTERS.charAt(sum % 23) == upn.charAt(0);
    }

    /**
     * Adults' NHS numbers and CRNs, unique across the load as the schema requires (one identifier, one
     * adult across the platform). NHS numbers walk the test range's six-digit bodies from 200000 up
     * in a fixed scrambled order (the demo families draw theirs below 200000); CRNs count up from R000000.
     */
    public static final class AdultSequence {
        private static final int FIRST_BODY = 200_000;
        private static final int BODIES = 800_000;
        private static final int STRIDE = 314_159; // coprime with 800,000: every body once
        private int nhsIndex;
        private int crnIndex;

        public String nextNhsNumber() {
            while (nhsIndex < BODIES) {
                int body = FIRST_BODY + (int) ((long) nhsIndex++ * STRIDE % BODIES);
                String number = nhsNumber(body);
                if (number != null) {
                    return number;
                }
            }
            return null; // the test range is used up: further adults have no NHS number
        }

        public String nextCrn() {
            int n = crnIndex++;
            return (char) ('R' + n / 1_000_000) + String.format("%06d", n % 1_000_000);
        }
    }
}
