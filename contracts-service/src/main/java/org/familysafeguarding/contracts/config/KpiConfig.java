package org.familysafeguarding.contracts.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Default rating bands (a council or a contract may set its own) and when a quarter closes. */
@ConfigMapping(prefix = "contracts.kpi")
public interface KpiConfig {

    /** Slightly below target from this percentage of the target (up to 100%). */
    @WithDefault("90")
    BigDecimal slightlyBelowFrom();

    /** Below target from this percentage; significantly below under it. */
    @WithDefault("75")
    BigDecimal belowFrom();

    /** Days after a quarter's end before it closes, so that recordings made late still count. */
    @WithDefault("10")
    int closeAfterDays();

    /** When the close job runs (read by the scheduler; {@code off} in tests, which call it themselves). */
    @WithDefault("0 30 2 * * ?")
    String closeCron();
}
