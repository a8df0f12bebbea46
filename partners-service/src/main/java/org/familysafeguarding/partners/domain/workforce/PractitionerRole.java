package org.familysafeguarding.partners.domain.workforce;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a Family Safeguarding team, each in one discipline of the model, with the
 * professional registers a holder of the role must be on (empty: no registration required).
 */
public enum PractitionerRole {
    SOCIAL_WORKER(Discipline.SOCIAL_WORK, EnumSet.of(RegistrationBody.SOCIAL_WORK_ENGLAND)),
    CONSULTANT_SOCIAL_WORKER(Discipline.SOCIAL_WORK, EnumSet.of(RegistrationBody.SOCIAL_WORK_ENGLAND)),
    TEAM_MANAGER(Discipline.SOCIAL_WORK, EnumSet.of(RegistrationBody.SOCIAL_WORK_ENGLAND)),
    ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM(Discipline.DOMESTIC_ABUSE, EnumSet.noneOf(RegistrationBody.class)),
    ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR(Discipline.DOMESTIC_ABUSE, EnumSet.noneOf(RegistrationBody.class)),
    ADULT_PRACTITIONER_SUBSTANCE_USE(Discipline.SUBSTANCE_USE, EnumSet.noneOf(RegistrationBody.class)),
    MENTAL_HEALTH_PRACTITIONER(Discipline.MENTAL_HEALTH, EnumSet.allOf(RegistrationBody.class)),
    CLINICAL_PSYCHOLOGIST(Discipline.MENTAL_HEALTH, EnumSet.of(RegistrationBody.HCPC)),
    FAMILY_PRACTITIONER(Discipline.WHOLE_FAMILY, EnumSet.noneOf(RegistrationBody.class)),
    VOLUNTEER(Discipline.WHOLE_FAMILY, EnumSet.noneOf(RegistrationBody.class));

    /** The disciplines a Family Safeguarding team brings together. */
    public enum Discipline {
        SOCIAL_WORK,
        DOMESTIC_ABUSE,
        SUBSTANCE_USE,
        MENTAL_HEALTH,
        WHOLE_FAMILY
    }

    private final Discipline discipline;
    private final Set<RegistrationBody> acceptedRegisters;

    PractitionerRole(Discipline discipline, Set<RegistrationBody> acceptedRegisters) {
        this.discipline = discipline;
        this.acceptedRegisters = acceptedRegisters;
    }

    public Discipline discipline() {
        return discipline;
    }

    /** Registers any one of which a holder of this role must be on; empty when none is required. */
    public Set<RegistrationBody> acceptedRegisters() {
        return EnumSet.copyOf(acceptedRegisters.isEmpty() ? EnumSet.noneOf(RegistrationBody.class) : acceptedRegisters);
    }
}
