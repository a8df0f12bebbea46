package org.familysafeguarding.deploy.kubernetes;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an overlay's KeycloakRealmImport from the realm file the local stack imports
 * (deploy/keycloak/family-safeguarding-realm.json), so the cluster and the local stack run one realm.
 * Kustomize cannot embed a JSON file into a custom resource, so the resource is generated and
 * {@code RealmImportTest} fails when the committed one differs from what this writes.
 * <p>
 * What changes on the way: the browser clients' redirect URIs and web origins name the overlay's public
 * host; every confidential client's demo secret becomes a placeholder the operator fills from the
 * Secret {@value #CLIENT_SECRETS} (created on the cluster, never kept here); and where demo users are
 * not wanted (prod) the people and their passwords are left out (service-account users stay, they carry
 * the clients' roles) and the password grant of the web client is switched off.
 */
record RealmImport(String publicHost, boolean demoUsers) {

    static final String CLIENT_SECRETS = "keycloak-client-secrets";
    private static final Set<String> BROWSER_CLIENTS = Set.of("family-safeguarding-web", "gateway");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode resource(JsonNode realmFile) {
        ObjectNode realm = realmFile.deepCopy();
        ObjectNode placeholders = NODES.objectNode();
        for (JsonNode client : realm.withArray("clients")) {
            ObjectNode object = (ObjectNode) client;
            String clientId = object.path("clientId").asText();
            if (BROWSER_CLIENTS.contains(clientId)) {
                object.set("redirectUris", NODES.arrayNode().add("https://" + publicHost + "/*"));
                object.set("webOrigins", NODES.arrayNode().add("https://" + publicHost));
            }
            if (object.has("secret")) {
                String placeholder = clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
                object.put("secret", "${" + placeholder + "}");
                placeholders
                        .putObject(placeholder)
                        .putObject("secret")
                        .put("name", CLIENT_SECRETS)
                        .put("key", clientId);
            }
            if (!demoUsers && clientId.equals("family-safeguarding-web")) {
                object.put("directAccessGrantsEnabled", false);
            }
        }
        if (!demoUsers) {
            // the local stack's scripts sign demo users in by password through this client: no place in prod
            for (Iterator<JsonNode> it = realm.withArray("clients").elements(); it.hasNext(); ) {
                if (it.next().path("clientId").asText().equals("family-safeguarding-cli")) {
                    it.remove();
                }
            }
        }
        if (!demoUsers) {
            ArrayNode users = realm.withArray("users");
            for (Iterator<JsonNode> it = users.elements(); it.hasNext(); ) {
                if (!it.next().has("serviceAccountClientId")) {
                    it.remove();
                }
            }
        }
        ObjectNode resource = NODES.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "family-safeguarding-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return resource;
    }

    String file(JsonNode realmFile) {
        return """
                # Generated from deploy/keycloak/family-safeguarding-realm.json by RealmImport (kubernetes-manifests
                # tests); do not edit. Regenerate: ./mvnw -pl deploy/kubernetes test -Dtest=RealmImportTest -Drealm.write=true
                # Public host %s; demo users %s; client secrets from the Secret %s.
                """.formatted(
                        publicHost, demoUsers ? "included (invented people, dev only)" : "left out", CLIENT_SECRETS)
                + Yaml.write(resource(realmFile));
    }
}
