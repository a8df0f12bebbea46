package org.familysafeguarding.partners.domain.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.familysafeguarding.partners.domain.workforce.PractitionerRole.Discipline;

/**
 * How faithful a team is to the model on a day: which of its core disciplines it has, which it
 * lacks, and the FTE in each.
 */
public record Fidelity(LocalDate on, Map<Discipline, BigDecimal> fteByDiscipline, List<Discipline> lacking) {

    /** The disciplines every Family Safeguarding team must bring together. */
    public static final List<Discipline> CORE = List.of(
            Discipline.SOCIAL_WORK, Discipline.DOMESTIC_ABUSE, Discipline.SUBSTANCE_USE, Discipline.MENTAL_HEALTH);

    public static Fidelity of(Collection<TeamMembership> memberships, LocalDate on) {
        Map<Discipline, BigDecimal> fte = new EnumMap<>(Discipline.class);
        memberships.stream()
                .filter(m -> m.currentOn(on))
                .forEach(m -> fte.merge(m.role().discipline(), m.fte(), BigDecimal::add));
        List<Discipline> lacking =
                CORE.stream().filter(d -> !fte.containsKey(d)).toList();
        return new Fidelity(on, fte, lacking);
    }
}
