package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every Secret the manifests read is one an operator creates from a resource of the same overlay, or
 * one README.md tells the council to create: a misspelt name would otherwise show only as a pod that
 * never starts.
 */
class SecretReferencesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_secret_read_is_created_by_an_operator_or_by_the_documented_steps(String overlay) {
        Set<String> operatorMade = new TreeSet<>();
        Manifests.ofKind(overlay, "Cluster").forEach(cluster -> {
            operatorMade.add(Manifests.name(cluster) + "-app");
            operatorMade.add(Manifests.name(cluster) + "-ca");
        });
        Manifests.ofKind(overlay, "KafkaUser").forEach(user -> operatorMade.add(Manifests.name(user)));
        Manifests.ofKind(overlay, "Kafka")
                .forEach(kafka -> operatorMade.add(Manifests.name(kafka) + "-cluster-ca-cert"));
        String readme = Yaml.read(Manifests.ROOT.resolve("README.md"));

        Map<String, String> unexplained = new TreeMap<>();
        references(overlay).forEach((secret, where) -> {
            boolean documented = readme.contains("create secret generic " + secret)
                    || readme.contains("create secret tls " + secret);
            if (!operatorMade.contains(secret) && !documented) {
                unexplained.put(secret, where);
            }
        });

        assertThat(unexplained).isEmpty();
    }

    /** Secret name to the first object that reads it. */
    private static Map<String, String> references(String overlay) {
        Map<String, String> references = new TreeMap<>();
        for (JsonNode object : Manifests.rendered(overlay)) {
            collect(object, Yaml.id(object), references);
        }
        return references;
    }

    private static void collect(JsonNode node, String where, Map<String, String> references) {
        if (node.isObject()) {
            for (String field : List.of(
                    "secretKeyRef", "usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey", "secret")) {
                if (node.path(field).isObject() && node.path(field).has("name")) {
                    references.putIfAbsent(node.path(field).path("name").asText(), where);
                }
            }
            if (node.has("secretName")) {
                references.putIfAbsent(node.get("secretName").asText(), where);
            }
            node.elements().forEachRemaining(child -> collect(child, where, references));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, where, references));
        }
    }
}
