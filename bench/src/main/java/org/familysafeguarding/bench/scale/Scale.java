package org.familysafeguarding.bench.scale;

import java.util.Locale;

/**
 * A named size of the load: how many councils of the register, how many children with casework over
 * how many years, how many interventions and contracts in all.
 */
public record Scale(String name, int councils, int children, long interventions, int contractsPerCouncil, int years) {

    /** One council, about 15,000 children and 1,000,000 interventions over five years. */
    public static final Scale COUNTY = new Scale("county", 1, 15_000, 1_000_000, 20, 5);
    /** 150 councils, about 500,000 children, 10,000,000 interventions and 3,000 contracts. */
    public static final Scale NATIONAL = new Scale("national", 150, 500_000, 10_000_000, 20, 5);

    public static Scale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "county" -> COUNTY;
            case "national" -> NATIONAL;
            default -> throw new IllegalArgumentException("no scale '" + name + "' (county or national)");
        };
    }
}
