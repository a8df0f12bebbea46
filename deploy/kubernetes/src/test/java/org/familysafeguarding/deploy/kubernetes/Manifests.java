package org.familysafeguarding.deploy.kubernetes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where the manifests are, and each overlay rendered once per test run. */
final class Manifests {

    static final Path ROOT =
            Path.of(System.getProperty("manifests.root", ".")).toAbsolutePath().normalize();
    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../.."))
            .toAbsolutePath()
            .normalize();
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {}

    static Path overlay(String name) {
        return ROOT.resolve("overlays").resolve(name);
    }

    static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> List.copyOf(Kustomize.build(overlay(name))));
    }

    static Stream<ObjectNode> ofKind(String overlay, String kind) {
        return rendered(overlay).stream()
                .filter(object -> kind.equals(object.path("kind").asText()));
    }

    static JsonNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind)
                .filter(object ->
                        name.equals(object.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
