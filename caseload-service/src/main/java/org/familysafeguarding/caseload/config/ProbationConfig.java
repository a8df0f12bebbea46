package org.familysafeguarding.caseload.config;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.familysafeguarding.caseload.domain.probation.RegisterCodeMapping;
import org.familysafeguarding.caseload.domain.probation.RiskFlagKind;

import io.smallrye.config.ConfigMapping;

/**
 * The probation exchange's configuration: which Delius register type code raises which risk flag
 * ({@code caseload.probation.register-codes.<CODE>=<FLAG>}); a deployment adds codes (the
 * domestic-abuse perpetrator code is not public) without a build. An unknown flag name stops start-up.
 */
@ConfigMapping(prefix = "caseload.probation")
public interface ProbationConfig {

    Map<String, RiskFlagKind> registerCodes();

    class Producer {

        @Produces
        @Singleton
        RegisterCodeMapping registerCodeMapping(ProbationConfig config) {
            return new RegisterCodeMapping(config.registerCodes());
        }
    }
}
