package org.familysafeguarding.contracts.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcurementReferenceDataTest {

    /**
     * The copies are the shared standards' files unchanged: their digests are those recorded when they were
     * copied (src/test/resources/procurement/shared-standards.sha256), so an edit of a copy here fails.
     */
    @ParameterizedTest
    @ValueSource(strings = {"thresholds.csv", "value-triggers.csv", "psr-routes.json", "uk-notice-types.json"})
    void the_copies_are_the_shared_standards_as_copied(String file) throws Exception {
        assertThat(sha256(read("/procurement/" + file)))
                .isEqualTo(recordedDigests().get(file));
    }

    private static Map<String, String> recordedDigests() throws Exception {
        Map<String, String> digests = new TreeMap<>();
        new String(read("/procurement/shared-standards.sha256"), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> digests.put(line.substring(66).strip(), line.substring(0, 64)));
        return digests;
    }

    private static byte[] read(String resource) throws Exception {
        try (InputStream in = ProcurementReferenceDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void reads_the_psr_facts_from_the_data() {
        ProcurementReferenceData data = ProcurementReferenceData.fromClasspath();
        assertThat(data.psrInForce()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(data.psrConsiderableChangeAmount()).isEqualByComparingTo(new BigDecimal("500000"));
        assertThat(data.psrConsiderableChangePercent()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(data.psrConditions("DA_C")).isNotEmpty();
        assertThat(data.noticeName("UK6")).startsWith("Contract award notice");
    }
}
