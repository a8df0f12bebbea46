package org.familysafeguarding.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * People of a council that {@code stack load --scale} wrote, made able to sign in: realm users through
 * Keycloak's admin REST API, shaped as deploy/local/lib/demo_users.py and demo_families.py shape theirs
 * (attribute {@code council} for council staff, {@code agency} for an agency's, one realm role, the
 * local password {@code demo-<login>}). A user who exists already is left as it is.
 */
final class KeycloakUsers {

    static final URI ADMIN = URI.create("http://127.0.0.1:8180/admin/realms/family-safeguarding");
    static final URI MASTER_TOKEN = URI.create("http://127.0.0.1:8180/realms/master/protocol/openid-connect/token");

    private final StackApi api;
    private final String adminToken;
    private final Map<String, JsonNode> roles = new HashMap<>();

    private KeycloakUsers(StackApi api, String adminToken) {
        this.api = api;
        this.adminToken = adminToken;
    }

    /** Signs in as the stack's Keycloak administrator (.stack/secrets.env). */
    static KeycloakUsers signIn(StackApi api, Path state) throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + StackApi.encode(StackApi.secret(state, "KEYCLOAK_ADMIN_USERNAME")) + "&password="
                + StackApi.encode(StackApi.secret(state, "KEYCLOAK_ADMIN_PASSWORD"));
        StackApi.Answer answer = api.send(HttpRequest.newBuilder(MASTER_TOKEN)
                .timeout(StackApi.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (!answer.ok()) {
            throw new IllegalStateException("Keycloak's admin sign-in answered " + answer.status());
        }
        return new KeycloakUsers(api, answer.body().path("access_token").asText());
    }

    /**
     * A user who can sign in with the password grant, made unless there; answers them as a caller.
     *
     * @param attribute {@code council} or {@code agency}
     */
    StackApi.DemoUser ensure(String login, String role, String attribute, String value, String lastName) {
        String password = "demo-" + login;
        ObjectNode user = api.json
                .createObjectNode()
                .put("username", login)
                .put("enabled", true)
                .put("emailVerified", true)
                .put("firstName", "Bench")
                .put("lastName", lastName)
                .put("email", login + "@family-safeguarding.example");
        user.putObject("attributes").putArray(attribute).add(value);
        user.putArray("requiredActions");
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        StackApi.Answer created = send("POST", "/users", user.toString());
        if (created.status() == 201) {
            JsonNode found = ok(send("GET", "/users?exact=true&username=" + StackApi.encode(login), null), login);
            JsonNode realmRole =
                    roles.computeIfAbsent(role, r -> ok(send("GET", "/roles/" + StackApi.encode(r), null), r));
            ok(
                    send(
                            "POST",
                            "/users/" + found.path(0).path("id").asText() + "/role-mappings/realm",
                            api.json
                                    .createArrayNode()
                                    .add(api.json
                                            .createObjectNode()
                                            .put("id", realmRole.path("id").asText())
                                            .put("name", realmRole.path("name").asText()))
                                    .toString()),
                    login + "'s role");
        } else if (created.status() != 409) {
            throw new IllegalStateException(
                    "Keycloak refused the user " + login + ": " + created.status() + " " + created.body());
        }
        StackApi.DemoUser caller = new StackApi.DemoUser(
                login,
                password,
                role,
                "council".equals(attribute) ? value : "",
                "agency".equals(attribute) ? value : "",
                lastName);
        api.addUser(caller);
        return caller;
    }

    private StackApi.Answer send(String method, String path, String body) {
        return api.send(HttpRequest.newBuilder(URI.create(ADMIN + path))
                .timeout(StackApi.TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonNode ok(StackApi.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("Keycloak: " + what + " answered " + answer.status());
        }
        return answer.body();
    }
}
