package org.familysafeguarding.partners.domain.workforce;

import java.util.regex.Pattern;

/** Professional registers and the shape of their registration numbers. */
public enum RegistrationBody {
    /** Social Work England: "SW" and digits, e.g. SW123456. */
    SOCIAL_WORK_ENGLAND("^SW[0-9]{1,7}$"),
    /** Health and Care Professions Council: a 2-3 letter profession prefix and digits, e.g. PYL12345. */
    HCPC("^[A-Z]{2,3}[0-9]{5,6}$"),
    /** Nursing and Midwifery Council PIN: 2 digits, a letter, 4 digits, a letter, e.g. 12A3456E. */
    NMC("^[0-9]{2}[A-Z][0-9]{4}[A-Z]$");

    private final Pattern number;

    RegistrationBody(String number) {
        this.number = Pattern.compile(number);
    }

    public boolean accepts(String registrationNumber) {
        return registrationNumber != null && number.matcher(registrationNumber).matches();
    }
}
