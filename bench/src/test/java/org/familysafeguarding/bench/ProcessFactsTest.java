package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessFactsTest {

    @Test
    void reads_the_last_start_up_time_of_a_log() {
        List<String> log = List.of(
                "=== caseload started by deploy/local/stack at 2026-12-05T01:26:57+00:00",
                "2026-12-05 01:27:19,927 INFO  [io.quarkus] (main) caseload-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.34.1)"
                        + " started in 21.769s. Listening on: http://0.0.0.0:8083",
                "2026-12-05 01:30:36,142 INFO  [io.quarkus] (main) caseload-service 0.1.0-SNAPSHOT on JVM started in 3.366s.");

        assertThat(ProcessFacts.startedInSeconds(log)).isEqualTo(OptionalDouble.of(3.366));
        assertThat(ProcessFacts.startedInSeconds(List.of("[KafkaServer id=1] started")))
                .isEmpty();
    }

    @Test
    void finds_the_process_group_even_when_the_command_name_holds_spaces_and_brackets() {
        assertThat(ProcessFacts.processGroup("26839 (java) S 1 26839 26839 0 -1 4194560 95811"))
                .isEqualTo(OptionalLong.of(26839));
        assertThat(ProcessFacts.processGroup("4242 (my (odd) name) R 17 4200 4200 0 -1"))
                .isEqualTo(OptionalLong.of(4200));
        assertThat(ProcessFacts.processGroup("garbage")).isEmpty();
    }

    @Test
    void reads_the_resident_memory_of_a_status_text() {
        assertThat(ProcessFacts.vmRssKb("Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  793612 kB\nThreads:\t60\n"))
                .isEqualTo(793612);
        assertThat(ProcessFacts.vmRssKb("Name:\tkthreadd\nThreads:\t1\n")).isZero();
    }

    @Test
    void lists_each_component_with_a_pid_file_with_its_log_and_its_group_memory(@TempDir Path state) throws Exception {
        Files.createDirectories(state.resolve("pids"));
        Files.createDirectories(state.resolve("logs"));
        long self = ProcessHandle.current().pid();
        Files.writeString(state.resolve("pids/partners.pid"), self + "\n");
        Files.writeString(state.resolve("pids/postgres.started"), "");
        Files.writeString(
                state.resolve("logs/partners.log"), "x started in 6.513s. Listening on: http://0.0.0.0:8082\n");

        List<ProcessFacts.Component> found = ProcessFacts.components(state);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("partners");
        assertThat(found.get(0).startedInSeconds()).isEqualTo(OptionalDouble.of(6.513));
        // this test's JVM is not the leader of its process group, so its own group may or may not be "partners"
        assertThat(found.get(0).pid()).isEqualTo(self);
    }

    @Test
    void no_pid_directory_means_no_components(@TempDir Path state) throws Exception {
        assertThat(ProcessFacts.components(state)).isEmpty();
    }
}
