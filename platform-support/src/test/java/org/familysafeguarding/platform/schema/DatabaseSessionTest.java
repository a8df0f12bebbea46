package org.familysafeguarding.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class DatabaseSessionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_services_database_sessions_run_without_the_jit_compiler() {
        Object jit = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("show jit").getSingleResult());

        assertThat(jit).isEqualTo("off");
    }
}
