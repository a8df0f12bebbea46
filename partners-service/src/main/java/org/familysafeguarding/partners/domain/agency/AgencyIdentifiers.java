package org.familysafeguarding.partners.domain.agency;

import java.util.regex.Pattern;

/**
 * The public register numbers of an agency. Formats are checked here, and which one a kind of
 * agency must have: a charity its Charity Commission number, a company its Companies House
 * number, an NHS trust its ODS code.
 */
public record AgencyIdentifiers(String charityNumber, String companiesHouseNumber, String odsCode) {

    /** Charity Commission for England and Wales: 6 to 8 digits. */
    public static final String CHARITY_NUMBER = "^[0-9]{6,8}$";
    /** Companies House: 8 digits, or a 2-letter prefix (SC, NI, OC, ...) and 6 digits. */
    public static final String COMPANIES_HOUSE_NUMBER = "^(?:[0-9]{8}|[A-Z]{2}[0-9]{6})$";
    /** NHS Organisation Data Service code: 3 to 6 upper-case letters and digits (e.g. RX2). */
    public static final String ODS_CODE = "^[A-Z0-9]{3,6}$";

    public AgencyIdentifiers {
        check(charityNumber, CHARITY_NUMBER, "charityNumber");
        check(companiesHouseNumber, COMPANIES_HOUSE_NUMBER, "companiesHouseNumber");
        check(odsCode, ODS_CODE, "odsCode");
    }

    /** @throws AgencyRuleViolated when the kind of agency needs an identifier that is missing */
    public void requireWhatIsNeededFor(AgencyKind kind) {
        switch (kind) {
            case CHARITY -> require(charityNumber, kind, "charityNumber");
            case COMPANY -> require(companiesHouseNumber, kind, "companiesHouseNumber");
            case NHS_TRUST -> require(odsCode, kind, "odsCode");
            case STATUTORY_BODY, IN_HOUSE -> {
                // known by name and by the council; no public register number is required
            }
        }
    }

    private static void require(String value, AgencyKind kind, String field) {
        if (value == null) {
            throw new AgencyRuleViolated(
                    "identifier-required", "An agency of kind " + kind + " must have a " + field + ".");
        }
    }

    private static void check(String value, String pattern, String field) {
        if (value != null && !Pattern.matches(pattern, value)) {
            throw new AgencyRuleViolated(
                    "invalid-identifier", field + " '" + value + "' is not in the register's format.");
        }
    }
}
