package org.familysafeguarding.contracts.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;
import org.familysafeguarding.contracts.readmodel.Council;
import org.familysafeguarding.contracts.readmodel.CouncilRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test fixture: councils as if partners-service had announced them, each test its own. */
@ApplicationScoped
public class Councils {

    private final CouncilRepository councils;

    private static final String[] CHILDRENS_SERVICES_AUTHORITIES = {"E06", "E08", "E09", "E10"};

    public Councils(CouncilRepository councils) {
        this.councils = councils;
    }

    /**
     * A fresh GSS code of a council with children's services (a unitary, metropolitan district, London
     * borough or county: E06, E08, E09, E10 - never a shire district, E07), so tests do not share councils
     * and the events they publish match the catalogue's schema.
     */
    public static String newCode() {
        var random = ThreadLocalRandom.current();
        return CHILDRENS_SERVICES_AUTHORITIES[random.nextInt(CHILDRENS_SERVICES_AUTHORITIES.length)]
                + "%06d".formatted(random.nextInt(1_000_000));
    }

    /** A council deciding like West Sussex: officer up to 500k, cabinet member up to 1m, key decision from 500k. */
    public String known() {
        String code = newCode();
        QuarkusTransaction.requiringNew()
                .run(() -> councils.persist(Council.known(
                        code,
                        "Test County Council " + code,
                        new CouncilDecisionThresholds(
                                new BigDecimal("500000.00"), new BigDecimal("500000.00"), new BigDecimal("1000000.00")),
                        Instant.now(),
                        Instant.now())));
        return code;
    }
}
