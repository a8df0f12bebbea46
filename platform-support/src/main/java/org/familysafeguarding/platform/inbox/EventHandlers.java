package org.familysafeguarding.platform.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * What a consumer does with each event type of a topic it reads: applies it, or passes over it for a
 * stated reason. Declared in one place, so that the consumer's test can hold it against the types its
 * publisher sends (the event catalogue). A type that is neither - a publisher's newer type this service
 * has not yet been told of - is passed over (the event is still acknowledged and remembered), with a
 * warning.
 */
public final class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);

    private final String topic;
    private final Map<String, Consumer<InboundEvent>> handled;
    private final Map<String, String> ignored;

    private EventHandlers(String topic, Map<String, Consumer<InboundEvent>> handled, Map<String, String> ignored) {
        this.topic = topic;
        this.handled = Collections.unmodifiableMap(handled);
        this.ignored = Collections.unmodifiableMap(ignored);
    }

    public static Builder on(String topic) {
        return new Builder(topic);
    }

    /** Applies the event if its type is handled; otherwise passes over it. */
    public void apply(InboundEvent event) {
        Consumer<InboundEvent> handler = handled.get(event.type());
        if (handler != null) {
            handler.accept(event);
        } else if (ignored.containsKey(event.type())) {
            LOG.debugf("%s: %s passed over (%s)", topic, event.type(), ignored.get(event.type()));
        } else {
            LOG.warnf(
                    "%s: event %s has type %s, which this service neither handles nor ignores; passed over",
                    topic, event.id(), event.type());
        }
    }

    public String topic() {
        return topic;
    }

    public Set<String> handledTypes() {
        return handled.keySet();
    }

    /** The types passed over on purpose, each with the reason. */
    public Map<String, String> ignoredTypes() {
        return ignored;
    }

    public static final class Builder {

        private final String topic;
        private final Map<String, Consumer<InboundEvent>> handled = new LinkedHashMap<>();
        private final Map<String, String> ignored = new LinkedHashMap<>();

        private Builder(String topic) {
            this.topic = topic;
        }

        public Builder handle(String type, Consumer<InboundEvent> effect) {
            requireNew(type);
            handled.put(type, effect);
            return this;
        }

        public Builder ignore(String type, String reason) {
            requireNew(type);
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("say why " + type + " is ignored");
            }
            ignored.put(type, reason);
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(topic, new LinkedHashMap<>(handled), new LinkedHashMap<>(ignored));
        }

        private void requireNew(String type) {
            if (handled.containsKey(type) || ignored.containsKey(type)) {
                throw new IllegalArgumentException(type + " is declared twice for " + topic);
            }
        }
    }
}
