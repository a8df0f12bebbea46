package org.familysafeguarding.contracts.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProcurementReferenceDataTest {

    static final Path SHARED = Path.of("../../shared/standards/uk-procurement");

    @ParameterizedTest
    @ValueSource(strings = { "thresholds.csv", "value-triggers.csv", "psr-routes.json", "uk-notice-types.json" })
    void the_copies_match_the_shared_standards(String file) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "shared standards not checked out beside the project");
        assertThat(Files.readString(Path.of("src/main/resources/procurement", file)))
                .isEqualTo(Files.readString(SHARED.resolve(file)));
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
