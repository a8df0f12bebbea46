package org.familysafeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The audit write can be switched off only for a benchmark's baseline, never in a deployed service. */
class AuditWriteSettingTest {

    @Test
    void switching_the_audit_write_off_outside_the_bench_profile_stops_the_service() {
        assertThatThrownBy(() -> new AuditTrail(null, null, null, null, Duration.ofSeconds(30), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused outside the 'bench' profile");
    }

    @Test
    void the_audit_write_on_is_accepted_anywhere() {
        assertThatCode(() -> new AuditTrail(null, null, null, null, Duration.ofSeconds(30), true))
                .doesNotThrowAnyException();
    }
}
