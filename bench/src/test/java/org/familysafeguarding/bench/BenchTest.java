package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    @Test
    void says_the_rate_limit_the_stack_s_gateway_is_configured_with(@TempDir Path repo) throws Exception {
        Path properties = repo.resolve("gateway/src/main/resources/application.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, """
                gateway.rate-limit.enabled=true
                gateway.rate-limit.capacity=300
                gateway.rate-limit.refill-tokens=100
                gateway.rate-limit.refill-period=1s
                """);

        assertThat(Bench.rateLimit(repo))
                .isEqualTo("a bucket of 300 per caller, refilled 100 every 1s"
                        + " (gateway/src/main/resources/application.properties)");
    }

    @Test
    void says_when_the_limit_is_off_or_cannot_be_read(@TempDir Path repo) throws Exception {
        assertThat(Bench.rateLimit(repo)).startsWith("unknown (no ");

        Path properties = repo.resolve("gateway/src/main/resources/application.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "gateway.rate-limit.enabled=false\n");
        assertThat(Bench.rateLimit(repo)).isEqualTo("off");
    }

    @Test
    void reads_the_limit_of_this_repository_s_gateway() {
        assertThat(Bench.rateLimit(Path.of("..").toAbsolutePath().normalize())).startsWith("a bucket of ");
    }
}
