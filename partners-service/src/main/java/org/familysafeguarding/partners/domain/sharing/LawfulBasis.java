package org.familysafeguarding.partners.domain.sharing;

/** The legal grounds an information-sharing agreement relies on. */
public enum LawfulBasis {
    /** UK GDPR Art. 6(1)(c): legal obligation. */
    UK_GDPR_ART_6_1_C(false, false),
    /** UK GDPR Art. 6(1)(e): public task. */
    UK_GDPR_ART_6_1_E(false, false),
    /** UK GDPR Art. 9(2)(g): substantial public interest (special category data). */
    UK_GDPR_ART_9_2_G(true, false),
    /** UK GDPR Art. 9(2)(h): health or social care (special category data). */
    UK_GDPR_ART_9_2_H(true, false),
    /** DPA 2018 Schedule 1 para 18: safeguarding of children and individuals at risk. */
    DPA_2018_SCH_1_PARA_18(true, true);

    private final boolean coversSpecialCategory;
    private final boolean coversCriminalOffenceData;

    LawfulBasis(boolean coversSpecialCategory, boolean coversCriminalOffenceData) {
        this.coversSpecialCategory = coversSpecialCategory;
        this.coversCriminalOffenceData = coversCriminalOffenceData;
    }

    /** An Art. 6 basis: every processing of personal data needs one. */
    public boolean isArticle6() {
        return this == UK_GDPR_ART_6_1_C || this == UK_GDPR_ART_6_1_E;
    }

    public boolean coversSpecialCategory() {
        return coversSpecialCategory;
    }

    public boolean coversCriminalOffenceData() {
        return coversCriminalOffenceData;
    }
}
