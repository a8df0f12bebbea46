package org.familysafeguarding.gateway.protection;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** A W3C Trace Context {@code traceparent} header value: version, trace id, parent id, flags. */
public record TraceParent(String version, String traceId, String parentId, String flags) {

    private static final Pattern FORMAT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);

    /** A valid header as the specification reads it: version 00 exactly, later versions with room to grow. */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(header.trim());
        if (!match.matches()) {
            return Optional.empty();
        }
        String version = match.group(1);
        boolean knownShape = version.equals("00") ? match.group(5) == null : !version.equals("ff");
        if (!knownShape || match.group(2).equals(ZERO_TRACE) || match.group(3).equals(ZERO_PARENT)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(version, match.group(2), match.group(3), match.group(4)));
    }

    /** A new trace, marked sampled so the services record it. */
    public static TraceParent generate() {
        var random = ThreadLocalRandom.current();
        String traceId;
        String parentId;
        do {
            traceId = HexFormat.of().toHexDigits(random.nextLong())
                    + HexFormat.of().toHexDigits(random.nextLong());
        } while (traceId.equals(ZERO_TRACE));
        do {
            parentId = HexFormat.of().toHexDigits(random.nextLong());
        } while (parentId.equals(ZERO_PARENT));
        return new TraceParent("00", traceId, parentId, "01");
    }

    @Override
    public String toString() {
        return version + "-" + traceId + "-" + parentId + "-" + flags;
    }
}
