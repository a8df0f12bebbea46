package org.familysafeguarding.caseload.domain.probation;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Delius register type codes to risk flags, as configured; unknown codes are {@link RiskFlagKind#OTHER}. */
public record RegisterCodeMapping(Map<String, RiskFlagKind> flags) {

    public RegisterCodeMapping {
        var normalised = new TreeMap<String, RiskFlagKind>();
        flags.forEach((code, kind) -> normalised.put(code.strip().toUpperCase(Locale.ROOT), kind));
        flags = Map.copyOf(normalised);
    }

    public RiskFlagKind flagFor(String registerCode) {
        return flags.getOrDefault(registerCode.strip().toUpperCase(Locale.ROOT), RiskFlagKind.OTHER);
    }
}
