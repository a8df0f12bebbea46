package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.familysafeguarding.bench.scale.Scale;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static Options parse(Map<String, String> env, String... args) {
        return Options.parse(args, env);
    }

    @Test
    void without_options_runs_the_full_benchmark_from_the_working_directory() {
        Options options = parse(Map.of());

        Path here = Path.of(".").toAbsolutePath().normalize();
        assertThat(options.quick()).isFalse();
        assertThat(options.callers()).isEqualTo(8);
        assertThat(options.auditOffUrl()).isEmpty();
        assertThat(options.root()).isEqualTo(here);
        assertThat(options.state()).isEqualTo(here.resolve(".stack"));
        assertThat(options.results()).isEqualTo(here.resolve("bench/results"));
        assertThat(options.eventSamples()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void scale_names_the_load_whose_largest_council_the_rows_at_scale_measure() {
        assertThat(parse(Map.of()).scale()).isEmpty();
        assertThat(parse(Map.of(), "--scale", "county").scale()).contains(Scale.COUNTY);
        assertThat(parse(Map.of(), "--quick", "--scale=NATIONAL").scale()).contains(Scale.NATIONAL);
        assertThatThrownBy(() -> parse(Map.of(), "--scale", "city"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--scale takes county or national");
        assertThatThrownBy(() -> parse(Map.of(), "--scale"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--scale needs a value");
    }

    @Test
    void quick_is_short_but_keeps_enough_event_samples() {
        Options options = parse(Map.of(), "--quick");

        assertThat(options.quick()).isTrue();
        assertThat(options.warmUp().plus(options.measured())).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(options.eventSamples()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void takes_values_after_a_space_or_an_equals_sign() {
        Options options = parse(
                Map.of(), "--callers", "4", "--root=/tmp/repo", "--state", "/work/main/.stack", "--results=/tmp/out");

        assertThat(options.callers()).isEqualTo(4);
        assertThat(options.root()).isEqualTo(Path.of("/tmp/repo"));
        assertThat(options.state()).isEqualTo(Path.of("/work/main/.stack"));
        assertThat(options.results()).isEqualTo(Path.of("/tmp/out"));
    }

    @Test
    void the_state_and_results_follow_the_root_unless_given() {
        Options options = parse(Map.of(), "--root", "/tmp/repo");

        assertThat(options.state()).isEqualTo(Path.of("/tmp/repo/.stack"));
        assertThat(options.results()).isEqualTo(Path.of("/tmp/repo/bench/results"));
    }

    @Test
    void the_environment_gives_the_audit_off_instance_and_the_state() {
        Options options =
                parse(Map.of("BENCH_AUDIT_OFF_URL", "http://127.0.0.1:8093/", "STACK_STATE", "/work/main/.stack"));

        assertThat(options.auditOffUrl()).contains(URI.create("http://127.0.0.1:8093"));
        assertThat(options.state()).isEqualTo(Path.of("/work/main/.stack"));
    }

    @Test
    void an_option_wins_over_the_environment_and_a_blank_variable_counts_as_unset() {
        assertThat(parse(
                                Map.of("BENCH_AUDIT_OFF_URL", "http://127.0.0.1:8093"),
                                "--audit-off-url",
                                "http://10.0.0.5:9000")
                        .auditOffUrl())
                .contains(URI.create("http://10.0.0.5:9000"));
        assertThat(parse(Map.of("BENCH_AUDIT_OFF_URL", "  ", "STACK_STATE", "")).auditOffUrl())
                .isEmpty();
    }

    @Test
    void an_audit_off_url_keeps_its_path_without_the_trailing_slashes() {
        assertThat(parse(Map.of(), "--audit-off-url=http://host:8093/caseload//")
                        .auditOffUrl())
                .contains(URI.create("http://host:8093/caseload"));
    }

    @Test
    void refuses_what_is_not_a_base_url() {
        assertThatThrownBy(() -> parse(Map.of(), "--audit-off-url", "127.0.0.1:8093"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--audit-off-url");
        assertThatThrownBy(() -> parse(Map.of(), "--audit-off-url", "localhost:8093"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base URL");
        assertThatThrownBy(() -> parse(Map.of(), "--audit-off-url", "ftp://host/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse(Map.of(), "--audit-off-url", "http://host:8093/?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse(Map.of(), "--audit-off-url", "http://a b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a URL");
    }

    @Test
    void refuses_a_number_of_callers_out_of_range_or_not_a_number() {
        for (String bad : new String[] {"0", "65", "-1", "four", ""}) {
            assertThatThrownBy(() -> parse(Map.of(), "--callers=" + bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--callers");
        }
    }

    @Test
    void refuses_a_missing_value_an_unknown_option_and_a_value_for_quick() {
        assertThatThrownBy(() -> parse(Map.of(), "--callers")).hasMessage("--callers needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--state", "--quick")).hasMessage("--state needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--fast")).hasMessage("unknown option --fast");
        assertThatThrownBy(() -> parse(Map.of(), "quick")).hasMessage("unknown option quick");
        assertThatThrownBy(() -> parse(Map.of(), "--quick=yes")).hasMessage("--quick takes no value");
    }
}
