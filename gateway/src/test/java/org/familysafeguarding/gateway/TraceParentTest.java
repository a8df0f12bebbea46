package org.familysafeguarding.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.familysafeguarding.gateway.protection.TraceParent;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void reads_a_version_00_header() {
        var parsed = TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .orElseThrow();
        assertThat(parsed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(parsed.parentId()).isEqualTo("00f067aa0ba902b7");
        assertThat(parsed.flags()).isEqualTo("01");
    }

    @Test
    void accepts_a_later_version_with_more_fields_but_not_version_00_with_more() {
        assertThat(TraceParent.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"))
                .isPresent();
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"))
                .isEmpty();
    }

    @Test
    void refuses_invalid_ids_versions_and_shapes() {
        assertThat(TraceParent.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
                .isEmpty();
        assertThat(TraceParent.parse("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(TraceParent.parse("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(TraceParent.parse("garbage")).isEmpty();
        assertThat(TraceParent.parse(null)).isEmpty();
    }

    @Test
    void generates_valid_sampled_traces_that_differ() {
        var one = TraceParent.generate();
        var other = TraceParent.generate();
        assertThat(TraceParent.parse(one.toString())).contains(one);
        assertThat(one.flags()).isEqualTo("01");
        assertThat(one.traceId()).isNotEqualTo(other.traceId());
    }
}
