package org.familysafeguarding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventHandlersTest {

    final List<String> applied = new ArrayList<>();
    final EventHandlers handlers = EventHandlers.on("partners.events")
            .handle("x.agency-registered.v1", e -> applied.add(e.id()))
            .ignore("x.agreement-signed.v1", "not used here")
            .build();

    @Test
    void applies_a_handled_type_and_passes_over_an_ignored_or_unknown_one_without_failing() {
        handlers.apply(event("1", "x.agency-registered.v1"));
        handlers.apply(event("2", "x.agreement-signed.v1"));
        handlers.apply(event("3", "x.something-new.v1"));
        assertThat(applied).containsExactly("1");
    }

    @Test
    void tells_what_it_handles_and_ignores_and_why() {
        assertThat(handlers.topic()).isEqualTo("partners.events");
        assertThat(handlers.handledTypes()).containsExactly("x.agency-registered.v1");
        assertThat(handlers.ignoredTypes())
                .containsEntry("x.agreement-signed.v1", "not used here")
                .hasSize(1);
    }

    @Test
    void refuses_a_type_declared_twice_or_ignored_without_a_reason() {
        assertThatThrownBy(() -> EventHandlers.on("t").handle("a", e -> {}).ignore("a", "twice"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHandlers.on("t").ignore("a", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    static InboundEvent event(String id, String type) {
        return new InboundEvent(id, type, "subject", null, "{}");
    }
}
