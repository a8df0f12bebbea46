package org.familysafeguarding.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
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

    @Inject
    DataSource dataSource;

    @Test
    void a_services_database_sessions_run_without_the_jit_compiler() {
        Object jit = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("show jit").getSingleResult());

        assertThat(jit).isEqualTo("off");
    }

    /**
     * A pooled connection the database has closed (a restart, a failover, an idle timeout) is found out before it is
     * handed to a request, not by the request's first statement: the next request gets a working connection instead of
     * an error.
     */
    @Test
    void a_connection_the_database_has_closed_is_not_handed_to_the_next_request() throws Exception {
        int pid;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            pid = row.getInt(1);
        }
        try (Connection other = DriverManager.getConnection(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                        ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                        ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
                Statement statement = other.createStatement()) {
            statement.execute("select pg_terminate_backend(" + pid + ")");
        }

        Object answer = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("select 1").getSingleResult());

        assertThat(((Number) answer).intValue()).isEqualTo(1);
    }
}
