package org.familysafeguarding.deploy.kubernetes;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Kubernetes label selectors: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
final class Selectors {

    private Selectors() {}

    /** A LabelSelector against a pod's labels; an empty selector selects every pod. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (!matchesLabels(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(value -> values.add(value.asText()));
            boolean has = labels.has(key);
            boolean holds = switch (expression.path("operator").asText()) {
                case "In" -> has && values.contains(labels.get(key).asText());
                case "NotIn" -> !has || !values.contains(labels.get(key).asText());
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new IllegalArgumentException("operator " + expression.path("operator"));
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** A plain map of labels (a Service's selector, a matchLabels) against a pod's labels. */
    static boolean matchesLabels(JsonNode required, JsonNode labels) {
        var fields = required.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().asText().equals(labels.path(field.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
