package org.familysafeguarding.caseload.domain.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A code list of the DfE Children in Need census, loaded from the copy under
 * {@code src/main/resources/cin-census/} (see its README for the source and collection year), or
 * another DfE list of the same shape under {@code src/main/resources/} with its citation.
 */
public final class CinCodeList {

    public static final CinCodeList SEX = load("sextype");
    public static final CinCodeList ETHNICITY = load("ethnicitytype");
    public static final CinCodeList DISABILITY = load("disabilitytype");
    public static final CinCodeList REFERRAL_SOURCE = load("referralsourcetype");
    public static final CinCodeList PRIMARY_NEED = load("primaryneedcodetype");
    public static final CinCodeList ASSESSMENT_FACTOR = load("assessmentfactorstype");
    public static final CinCodeList CATEGORY_OF_ABUSE = load("categoryofabusetype");
    public static final CinCodeList REASON_FOR_CLOSURE = load("reasonforclosuretype");
    public static final CinCodeList UPN_UNKNOWN = load("unknownupntype");

    /** Legal statuses of looked-after children (SSDA903 codes, not CIN census; same shape of list). */
    public static final CinCodeList LEGAL_STATUS = loadResource("legal-status", "looked-after/legal-status.csv");

    /** Why a looked-after episode ended (SSDA903 reason episode ceased, E2..E9 and X1). */
    public static final CinCodeList REASON_EPISODE_CEASED =
            loadResource("reason-episode-ceased", "looked-after/reason-episode-ceased.csv");

    /**
     * The list's note on a code the DfE took out of its schema that the copy kept on a client's
     * request (18A and 19A: "Retained despite official schema change"): not accepted for new records.
     */
    static final String NOT_IN_DFE_SCHEMA = "Retained despite official schema change";

    private static final java.util.Map<String, CinCodeList> BY_NAME = java.util.Map.ofEntries(
            java.util.Map.entry("sex", SEX),
            java.util.Map.entry("ethnicity", ETHNICITY),
            java.util.Map.entry("disability", DISABILITY),
            java.util.Map.entry("referral-source", REFERRAL_SOURCE),
            java.util.Map.entry("primary-need", PRIMARY_NEED),
            java.util.Map.entry("assessment-factor", ASSESSMENT_FACTOR),
            java.util.Map.entry("category-of-abuse", CATEGORY_OF_ABUSE),
            java.util.Map.entry("reason-for-closure", REASON_FOR_CLOSURE),
            java.util.Map.entry("legal-status", LEGAL_STATUS),
            java.util.Map.entry("upn-unknown", UPN_UNKNOWN),
            java.util.Map.entry("reason-episode-ceased", REASON_EPISODE_CEASED));

    private final String name;
    private final Set<String> codes;

    private CinCodeList(String name, Set<String> codes) {
        this.name = name;
        this.codes = Collections.unmodifiableSet(codes);
    }

    static CinCodeList load(String name) {
        return loadResource(name, "cin-census/cin_" + name + ".csv");
    }

    static CinCodeList loadResource(String name, String resource) {
        InputStream in = CinCodeList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Code list " + resource + " is missing from the classpath");
        }
        var codes = new LinkedHashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("code,")) {
                    continue; // citation and header
                }
                int comma = line.indexOf(',');
                String code = (comma < 0 ? line : line.substring(0, comma)).strip();
                if (line.contains(NOT_IN_DFE_SCHEMA)) {
                    continue; // 18A, 19A: the DfE's validation queries them (8945Q, 8950Q); 18B/18C, 19B/19C replace
                    // them
                }
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CinCodeList(name, codes);
    }

    /** A list by its short name (sex, ethnicity, disability, referral-source, primary-need, ...). */
    public static CinCodeList named(String name) {
        CinCodeList list = BY_NAME.get(name);
        if (list == null) {
            throw new IllegalArgumentException("No CIN code list " + name);
        }
        return list;
    }

    public boolean contains(String code) {
        return code != null && codes.contains(code);
    }

    public Set<String> codes() {
        return codes;
    }

    /** @throws InvalidCode when the code is not on this list */
    public String require(String field, String code) {
        if (!contains(code)) {
            throw new InvalidCode(field, code, name);
        }
        return code;
    }
}
