package org.familysafeguarding.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The register of invented councils the load writes: councils with children's services, known by GSS
 * codes of the right kinds (E10 county, E08 metropolitan district, E09 London borough, E06 unitary, W06
 * Welsh principal area) in a block no real council uses (the six digits start with 9), with DfE-style
 * local authority numbers from 600 up and child populations (0-17) in the range of councils of that kind.
 * The register is fixed (it does not move with the seed), so a seed only changes the people and casework.
 */
public final class CouncilRegister {

    /** A council of the register; {@code key} prefixes its workers' logins. */
    public record Entry(int index, String code, String name, String shortName, String laNumber, int childPopulation) {
        public String key() {
            return code.toLowerCase();
        }
    }

    // how the 150 councils of England and Wales with children's services split by kind, roughly
    private static final String[] KINDS = {"E10", "E08", "E09", "E06", "W06"};
    private static final int[] KIND_WEIGHTS = {21, 36, 33, 50, 10};
    private static final int[][] POPULATION = {
        {110_000, 260_000}, {45_000, 180_000}, {40_000, 90_000}, {25_000, 120_000}, {20_000, 60_000}
    };

    private CouncilRegister() {}

    /** The first {@code n} councils of the register (the county load takes the first, a county council). */
    public static List<Entry> first(int n) {
        var rng = new SplittableRandom(20_261_205L);
        var entries = new ArrayList<Entry>(n);
        int[] numbers = new int[KINDS.length];
        for (int i = 0; i < n; i++) {
            int kind = i == 0 ? 0 : kindOf(i);
            String place = Names.place(i);
            String name = switch (KINDS[kind]) {
                case "E10" -> place + "shire County Council";
                case "E08" -> place + " Metropolitan Borough Council";
                case "E09" -> "London Borough of " + place;
                case "W06" -> place + " County Borough Council";
                default -> place + " Council";
            };
            String code = KINDS[kind] + "9" + String.format("%05d", ++numbers[kind]);
            int population = rng.nextInt(POPULATION[kind][0], POPULATION[kind][1]) / 100 * 100;
            entries.add(new Entry(i, code, name, place, String.valueOf(600 + i), population));
        }
        return entries;
    }

    private static int kindOf(int i) {
        int total = 0;
        for (int w : KIND_WEIGHTS) {
            total += w;
        }
        int slot = (int) ((long) i * 7919 % total);
        for (int k = 0; k < KINDS.length; k++) {
            if (slot < KIND_WEIGHTS[k]) {
                return k;
            }
            slot -= KIND_WEIGHTS[k];
        }
        return KINDS.length - 1;
    }
}
