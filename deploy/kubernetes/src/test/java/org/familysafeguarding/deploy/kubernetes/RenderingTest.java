package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RenderingTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_overlay_renders_uniquely_named_objects_in_its_namespace(String overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);

        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(objects.stream().map(Yaml::id)).doesNotHaveDuplicates();
        assertThat(objects)
                .allSatisfy(object -> assertThat(
                                object.path("metadata").path("namespace").asText())
                        .startsWith("family-safeguarding"));
        assertThat(Manifests.ofKind(overlay, "Secret"))
                .as("Secrets are created on the cluster, never kept here")
                .isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void renders_what_kubectl_kustomize_renders(String overlay) throws Exception {
        assumeTrue(kubectlPresent(), "kubectl is not installed: the renderer is checked against it where it is");
        Process kubectl = new ProcessBuilder(
                        "kubectl", "kustomize", Manifests.overlay(overlay).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();

        Map<String, JsonNode> ours = byId(Manifests.rendered(overlay));
        Map<String, JsonNode> theirs = byId(Yaml.objects(output, "kubectl kustomize"));
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        assertThat(ours.keySet().stream()
                        .filter(id -> !ours.get(id).equals(theirs.get(id)))
                        .map(id -> id + ":\n  ours   " + ours.get(id) + "\n  kubectl " + theirs.get(id)))
                .as("objects rendered differently")
                .isEmpty();
    }

    @Test
    void refuses_a_kustomize_feature_it_does_not_render(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: []\nnamePrefix: council-\n");

        assertThatThrownBy(() -> Kustomize.build(directory)).hasMessageContaining("namePrefix");
    }

    @Test
    void refuses_a_patch_that_matches_nothing(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                - target: {kind: ConfigMap, name: typo}
                  patch: '[{"op": "replace", "path": "/data/a", "value": "b"}]'
                """);
        Files.writeString(
                directory.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: a}\n");

        assertThatThrownBy(() -> Kustomize.build(directory)).hasMessageContaining("matches nothing");
    }

    @Test
    void merges_a_patched_list_by_key_as_kustomize_does_patch_items_first(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: [d.yaml]\npatches:\n- path: p.yaml\n");
        Files.writeString(directory.resolve("d.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: c
                        image: x
                        env: [{name: A, value: "1"}, {name: B, value: "2"}, {name: C, value: "3"}]
                """);
        Files.writeString(directory.resolve("p.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec:
                  replicas: null
                  template:
                    spec:
                      containers:
                      - name: c
                        env: [{name: C, value: "30"}, {name: D, value: "4"}]
                """);

        JsonNode deployment = Kustomize.build(directory).getFirst();

        assertThat(deployment.path("spec").has("replicas")).isFalse();
        JsonNode container = deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertThat(container.path("image").asText()).isEqualTo("x");
        assertThat(container.path("env").toString())
                .isEqualTo("[{\"name\":\"C\",\"value\":\"30\"},{\"name\":\"D\",\"value\":\"4\"},"
                        + "{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]");
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.toMap(Yaml::id, object -> object, (a, b) -> a, TreeMap::new));
    }

    private static boolean kubectlPresent() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
