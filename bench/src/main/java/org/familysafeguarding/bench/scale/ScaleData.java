package org.familysafeguarding.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a load writes, drawn from the seed alone: the councils of the scale, their partner agencies,
 * workforce, agreements and contracts (one unit of rows), then their families in batches (a unit each).
 * The same scale, seed and as-of date give the same rows, batch for batch.
 */
public final class ScaleData {

    /** Receives each unit of rows as it is drawn; a unit is loaded in one transaction per database. */
    @FunctionalInterface
    public interface Sink {
        void accept(Rows rows) throws Exception;
    }

    /** A council of the load and how much of the scale's casework it holds. */
    public record CouncilShare(CouncilRegister.Entry council, int children, long interventions) {}

    private final Scale scale;
    private final long seed;
    private final LocalDate asOf;
    private final List<CouncilShare> shares = new ArrayList<>();

    public ScaleData(Scale scale, long seed, LocalDate asOf) {
        this.scale = scale;
        this.seed = seed;
        this.asOf = asOf;
        List<CouncilRegister.Entry> councils = CouncilRegister.first(scale.councils());
        long population = councils.stream()
                .mapToLong(CouncilRegister.Entry::childPopulation)
                .sum();
        for (CouncilRegister.Entry c : councils) {
            int children = (int) Math.max(1, Math.round(scale.children() * (double) c.childPopulation() / population));
            long interventions = Math.round(scale.interventions() * (double) c.childPopulation() / population);
            shares.add(new CouncilShare(c, children, interventions));
        }
    }

    public List<CouncilShare> councils() {
        return shares;
    }

    /** Draws the whole load: the partnership unit first, then the casework in units of {@code familiesPerUnit}. */
    public void generate(Sink sink, int familiesPerUnit) throws Exception {
        var agencies = new PartnerAgencies(seed, Math.min(9, Math.max(3, shares.size())));
        var partnerships = new ArrayList<Partnership>();
        var censuses = new ArrayList<Families.Census>();
        var families = new ArrayList<Families>();
        for (CouncilShare share : shares) {
            var f = new Families(seed, share.council(), asOf, scale.years());
            Families.Census census = f.census(share.children());
            families.add(f);
            censuses.add(census);
            partnerships.add(new Partnership(
                    seed, share.council(), asOf, scale.years(), agencies, scale.contractsPerCouncil(), census));
        }
        Rows partnership = new Rows().declare(Schema.PARTNERSHIP);
        LocalDate registered = asOf.minusYears(scale.years() + 12);
        for (PartnerAgencies.Agency agency : agencies.all()) {
            Partnership.writeAgency(partnership, agency, registered);
        }
        for (Partnership p : partnerships) {
            p.writeCouncil(partnership);
            p.writeAccreditations(partnership);
            p.writeWorkforce(partnership);
            p.writeAgreement(partnership);
            p.writeContracts(partnership);
        }
        sink.accept(partnership);

        var adultIds = new Identifiers.AdultSequence();
        for (int c = 0; c < shares.size(); c++) {
            var casework = new Casework(
                    families.get(c),
                    partnerships.get(c),
                    censuses.get(c),
                    shares.get(c).interventions(),
                    adultIds);
            Rows unit = new Rows().declare(Schema.CASEWORK);
            for (int i = 0; i < censuses.get(c).families(); i++) {
                casework.write(i, unit);
                if ((i + 1) % familiesPerUnit == 0) {
                    sink.accept(unit);
                    unit = new Rows().declare(Schema.CASEWORK);
                }
            }
            if (!unit.isEmpty()) {
                sink.accept(unit);
            }
        }
    }
}
