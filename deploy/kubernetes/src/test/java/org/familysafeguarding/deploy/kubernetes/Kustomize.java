package org.familysafeguarding.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the features these manifests use:
 * resources (files and directories), namespace, labels (metadata only), patches (strategic merge or
 * RFC 6902, by the patch's own kind and name or by a target of kind and optional name) and images.
 * Any other field is refused, so an overlay cannot rely on something this renderer would ignore;
 * {@code RenderingTest} compares the result with kubectl's own kustomize wherever kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "labels", "patches", "images");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "policy", "autoscaling", "batch");

    private Kustomize() {}

    static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        ObjectNode kustomization = Yaml.objects(file).getFirst();
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new UnsupportedOperationException(file + ": kustomization field " + field + " is not supported");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.objects(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, patch, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> setImage(object, image));
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(object -> ((ObjectNode) object.get("metadata")).put("namespace", namespace));
        }
        for (JsonNode labels : kustomization.path("labels")) {
            if (labels.path("includeSelectors").asBoolean(false)
                    || labels.path("includeTemplates").asBoolean(false)) {
                throw new UnsupportedOperationException(file + ": labels reach metadata only here");
            }
            objects.forEach(object -> {
                ObjectNode metadata = (ObjectNode) object.get("metadata");
                ObjectNode existing =
                        metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
                labels.path("pairs").fields().forEachRemaining(pair -> existing.set(pair.getKey(), pair.getValue()));
            });
        }
        return objects;
    }

    private static void applyPatch(Path directory, JsonNode entry, List<ObjectNode> objects) {
        String text = entry.has("path")
                ? Yaml.read(directory.resolve(entry.get("path").asText()))
                : entry.path("patch").asText();
        JsonNode patch = Yaml.tree(text, directory + " patch");
        JsonNode target = entry.get("target");
        String kind = target != null
                ? target.path("kind").asText(null)
                : patch.path("kind").asText(null);
        String name = target != null
                ? target.path("name").asText(null)
                : patch.path("metadata").path("name").asText(null);
        int matched = 0;
        for (ObjectNode object : objects) {
            boolean kindMatches =
                    kind == null || kind.equals(object.path("kind").asText());
            boolean nameMatches = name == null
                    || name.equals(object.path("metadata").path("name").asText());
            if (!kindMatches || !nameMatches) {
                continue;
            }
            matched++;
            if (patch.isArray()) {
                JsonPatch.apply(object, patch);
            } else {
                ObjectNode body = ((ObjectNode) patch).deepCopy();
                body.remove(List.of("apiVersion", "kind"));
                if (body.path("metadata") instanceof ObjectNode metadata) {
                    metadata.remove("name");
                    if (metadata.isEmpty()) {
                        body.remove("metadata");
                    }
                }
                StrategicMerge.apply(object, body, builtIn(object));
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(directory + ": a patch for " + kind + "/" + name + " matches nothing");
        }
    }

    private static boolean builtIn(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return BUILT_IN_GROUPS.contains(group) || group.endsWith(".k8s.io");
    }

    /** Kustomize's image transformer: every container whose image has the given name. */
    private static void setImage(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                if (node.get(list) instanceof ArrayNode containers) {
                    containers.forEach(container -> retag((ObjectNode) container, image));
                }
            }
            node.elements().forEachRemaining(child -> setImage(child, image));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> setImage(child, image));
        }
    }

    private static void retag(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        int at = current.indexOf('@');
        int colon = current.lastIndexOf(':');
        int end = at >= 0 ? at : colon > current.lastIndexOf('/') ? colon : current.length();
        String name = current.substring(0, end);
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String newName = image.path("newName").asText(name);
        String suffix = current.substring(end);
        if (image.has("digest")) {
            suffix = "@" + image.get("digest").asText();
        } else if (image.has("newTag")) {
            suffix = ":" + image.get("newTag").asText();
        }
        container.put("image", newName + suffix);
    }
}
