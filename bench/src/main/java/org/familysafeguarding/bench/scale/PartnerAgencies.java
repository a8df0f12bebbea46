package org.familysafeguarding.bench.scale;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The invented partner agencies of the load, a pool per partner service that councils commission from.
 * Identifiers are in the formats partners-service checks, in blocks no real register uses (8-digit
 * charity numbers from 99000000, Companies House numbers ZZ000000 up, ODS codes Z9000 up).
 */
final class PartnerAgencies {

    /** The partner services of partners-service's ServiceType, with the provider kind and contract type each has. */
    enum Service {
        DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT("CHARITY", "Safe Futures", null),
        DOMESTIC_ABUSE_PERPETRATOR_WORK("CHARITY", "Respect Programme", null),
        SUBSTANCE_USE("CHARITY", "Recovery Partnership", null),
        MENTAL_HEALTH("NHS_TRUST", "Mental Health NHS Trust", "MENTAL_HEALTH_PRACTITIONER"),
        CLINICAL_PSYCHOLOGY("COMPANY", "Psychology Services Ltd", "CLINICAL_PSYCHOLOGIST"),
        WHOLE_FAMILY_PRACTICE("COMPANY", "Family Practice Ltd", "FAMILY_PRACTITIONER"),
        VOLUNTEERING("CHARITY", "Volunteers", "VOLUNTEER");

        final String kind;
        final String suffix;
        final String extraRole;

        Service(String kind, String suffix, String extraRole) {
            this.kind = kind;
            this.suffix = suffix;
            this.extraRole = extraRole;
        }

        String contractServiceType() {
            return this == MENTAL_HEALTH || this == CLINICAL_PSYCHOLOGY
                    ? "HEALTH_CARE_SERVICES"
                    : "LIGHT_TOUCH_SOCIAL_SERVICES";
        }

        String words() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    record Agency(
            UUID id,
            String name,
            String kind,
            String charityNumber,
            String companiesHouseNumber,
            String odsCode,
            Service service) {}

    private final Map<Service, List<Agency>> pools = new EnumMap<>(Service.class);

    /** {@code perService} agencies for each service (at least 3, so a council's predecessors differ). */
    PartnerAgencies(long seed, int perService) {
        var rng = new SplittableRandom(Identifiers.seed(seed, 1));
        int n = 0;
        for (Service service : Service.values()) {
            var pool = new ArrayList<Agency>();
            for (int i = 0; i < perService; i++, n++) {
                int words = Names.PROVIDER_WORDS.size();
                String name = Names.PROVIDER_WORDS.get((service.ordinal() * 3 + i) % words) + " " + service.suffix
                        + (i >= words ? " " + (i / words + 1) : "");
                pool.add(new Agency(
                        Identifiers.uuid(rng),
                        name,
                        service.kind,
                        service.kind.equals("CHARITY") ? String.format("99%06d", n) : null,
                        service.kind.equals("COMPANY") ? String.format("ZZ%06d", n) : null,
                        service.kind.equals("NHS_TRUST") ? String.format("Z9%03d", n) : null,
                        service));
            }
            pools.put(service, pool);
        }
    }

    /** The provider of a service in a council: 0 is the current one, 1, 2... those before it. */
    Agency provider(Service service, int councilIndex, int predecessor) {
        List<Agency> pool = pools.get(service);
        return pool.get((councilIndex + predecessor) % pool.size());
    }

    List<Agency> all() {
        return pools.values().stream().flatMap(List::stream).toList();
    }
}
