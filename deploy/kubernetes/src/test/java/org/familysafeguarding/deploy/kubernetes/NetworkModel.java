package org.familysafeguarding.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pods an overlay runs and the NetworkPolicies between them, evaluated as Kubernetes does: a pod
 * no policy selects for a direction is open in that direction; a selected pod admits only what some
 * rule of a selecting policy admits; a connection needs the sender's egress and the receiver's ingress.
 * <p>
 * Pods come from the Deployments' templates and, for what the operators run, from the labels the
 * operators put on their pods (Strimzi: strimzi.io/cluster, strimzi.io/kind, strimzi.io/name;
 * CloudNativePG: cnpg.io/cluster; Keycloak: app=keycloak, and app=keycloak-realm-import on the import
 * Job). Outside the namespace: the ingress controller, cluster DNS, the operators and a stranger.
 */
final class NetworkModel {

    record Pod(String name, String namespace, JsonNode labels) {}

    private final String namespace;
    private final List<Pod> pods = new ArrayList<>();
    private final List<JsonNode> policies;

    NetworkModel(String overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        namespace = objects.getFirst().path("metadata").path("namespace").asText();
        policies = Manifests.ofKind(overlay, "NetworkPolicy")
                .map(JsonNode.class::cast)
                .toList();
        Manifests.ofKind(overlay, "Deployment")
                .forEach(deployment -> pods.add(new Pod(
                        Manifests.name(deployment),
                        namespace,
                        deployment
                                .path("spec")
                                .path("template")
                                .path("metadata")
                                .path("labels"))));
        Manifests.ofKind(overlay, "Kafka").forEach(kafka -> {
            String cluster = Manifests.name(kafka);
            pods.add(new Pod(
                    cluster + "-kafka",
                    namespace,
                    labels(
                            "strimzi.io/cluster",
                            cluster,
                            "strimzi.io/kind",
                            "Kafka",
                            "strimzi.io/name",
                            cluster + "-kafka")));
            pods.add(new Pod(
                    cluster + "-entity-operator",
                    namespace,
                    labels(
                            "strimzi.io/cluster",
                            cluster,
                            "strimzi.io/kind",
                            "Kafka",
                            "strimzi.io/name",
                            cluster + "-entity-operator")));
        });
        Manifests.ofKind(overlay, "Cluster")
                .forEach(cluster -> pods.add(new Pod(
                        Manifests.name(cluster),
                        namespace,
                        labels("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance"))));
        Manifests.ofKind(overlay, "Keycloak").forEach(keycloak -> {
            pods.add(new Pod(
                    "keycloak",
                    namespace,
                    labels("app", "keycloak", "app.kubernetes.io/instance", Manifests.name(keycloak))));
            pods.add(new Pod(
                    "keycloak-realm-import",
                    namespace,
                    labels("app", "keycloak-realm-import", "app.kubernetes.io/instance", Manifests.name(keycloak))));
        });
        pods.add(new Pod("ingress-controller", "ingress-nginx", labels("app.kubernetes.io/name", "ingress-nginx")));
        pods.add(new Pod("dns", "kube-system", labels("k8s-app", "kube-dns")));
        pods.add(new Pod("cnpg-operator", "cnpg-system", labels("app.kubernetes.io/name", "cloudnative-pg")));
        pods.add(new Pod("strimzi-operator", "strimzi", labels("name", "strimzi-cluster-operator")));
        pods.add(new Pod("stranger", "elsewhere", labels("app", "curious")));
    }

    Pod pod(String name) {
        return pods.stream()
                .filter(pod -> pod.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pod " + name + " among "
                        + pods.stream().map(Pod::name).toList()));
    }

    List<Pod> pods() {
        return List.copyOf(pods);
    }

    List<JsonNode> policies() {
        return policies;
    }

    boolean reaches(String from, String to, int port) {
        Pod source = pod(from);
        Pod target = pod(to);
        return admits(source, "Egress", "egress", "to", target, port)
                && admits(target, "Ingress", "ingress", "from", source, port);
    }

    /** Pods in the namespace a policy's podSelector selects. */
    List<Pod> selectedBy(JsonNode policy) {
        return pods.stream()
                .filter(pod -> pod.namespace().equals(namespace)
                        && Selectors.matches(policy.path("spec").path("podSelector"), pod.labels()))
                .toList();
    }

    /** Pods anywhere one peer of a rule admits. */
    List<Pod> admittedBy(JsonNode peer) {
        return pods.stream().filter(pod -> peerMatches(peer, pod)).toList();
    }

    private boolean admits(Pod pod, String type, String direction, String peers, Pod other, int port) {
        if (!pod.namespace().equals(namespace)) {
            return true;
        }
        List<JsonNode> selecting = policies.stream()
                .filter(policy ->
                        policy.path("spec").path("policyTypes").toString().contains("\"" + type + "\""))
                .filter(policy -> Selectors.matches(policy.path("spec").path("podSelector"), pod.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path(direction)) {
                boolean peerAdmitted = !rule.has(peers) || rule.get(peers).isEmpty();
                for (JsonNode peer : rule.path(peers)) {
                    peerAdmitted |= peerMatches(peer, other);
                }
                boolean portAdmitted = !rule.has("ports") || rule.get("ports").isEmpty();
                for (JsonNode rulePort : rule.path("ports")) {
                    portAdmitted |= rulePort.path("port").asInt(-1) == port;
                }
                if (peerAdmitted && portAdmitted) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peer, Pod pod) {
        if (peer.has("ipBlock")) {
            return false;
        }
        boolean namespaceMatches = peer.has("namespaceSelector")
                ? Selectors.matches(
                        peer.get("namespaceSelector"), labels("kubernetes.io/metadata.name", pod.namespace()))
                : pod.namespace().equals(namespace);
        boolean podMatches = !peer.has("podSelector") || Selectors.matches(peer.get("podSelector"), pod.labels());
        return namespaceMatches && podMatches;
    }

    private static JsonNode labels(String... keysAndValues) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            labels.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return labels;
    }

    static Map<String, Integer> servicePorts() {
        return Map.of("partners-service", 8082, "contracts-service", 8081, "caseload-service", 8083);
    }
}
