package org.familysafeguarding.partners.domain.council;

/**
 * ONS Government Statistical Service codes of the councils that run children's services: county
 * (E10), metropolitan district (E08), London borough (E09), unitary (E06) in England, and Welsh
 * principal areas (W06). A district council (E07) has no children's services.
 */
public final class GssCode {

    public static final String PATTERN = "^(?:E06|E08|E09|E10|W06)[0-9]{6}$";

    private GssCode() {}
}
