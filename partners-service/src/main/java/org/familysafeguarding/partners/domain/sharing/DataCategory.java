package org.familysafeguarding.partners.domain.sharing;

/** Categories of personal data an agreement lets the parties share. */
public enum DataCategory {
    IDENTITY_AND_CONTACT(Kind.ORDINARY),
    FAMILY_AND_RELATIONSHIPS(Kind.ORDINARY),
    SAFEGUARDING_PLANS(Kind.ORDINARY),
    HEALTH_AND_MENTAL_HEALTH(Kind.SPECIAL),
    SUBSTANCE_USE(Kind.SPECIAL),
    ETHNICITY_AND_DISABILITY(Kind.SPECIAL),
    CRIMINAL_OFFENCES_AND_RISK(Kind.CRIMINAL);

    /** How the law treats the category: special category (Art. 9) and criminal offence data need more. */
    public enum Kind {
        ORDINARY,
        SPECIAL,
        CRIMINAL
    }

    private final Kind kind;

    DataCategory(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
