package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class RealmImportTest {

    static final Path REALM = Manifests.REPOSITORY.resolve("deploy/keycloak/family-safeguarding-realm.json");
    static final RealmImport DEV = new RealmImport("family-safeguarding.dev.example.org", true);
    static final RealmImport PROD = new RealmImport("family-safeguarding.example.org", false);

    @Test
    void each_overlay_imports_the_realm_file_of_the_local_stack() throws IOException {
        assertGenerated("dev", DEV);
        assertGenerated("prod", PROD);
    }

    @Test
    void the_prod_realm_holds_no_person_no_password_and_no_client_secret() {
        JsonNode spec = PROD.resource(Yaml.json(REALM)).get("spec");

        assertThat(spec.path("realm").path("users")).allSatisfy(user -> {
            assertThat(user.has("serviceAccountClientId")).as(user.toString()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        });
        assertThat(spec.path("realm").path("clients"))
                .allSatisfy(
                        client -> assertThat(client.path("secret").asText("${")).startsWith("${"));
        JsonNode web = StreamSupport.stream(spec.path("realm").path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals("family-safeguarding-web"))
                .findFirst()
                .orElseThrow();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("redirectUris").toString()).isEqualTo("[\"https://family-safeguarding.example.org/*\"]");
    }

    @Test
    void every_client_secret_placeholder_names_a_key_of_the_client_secrets_secret() {
        JsonNode spec = DEV.resource(Yaml.json(REALM)).get("spec");

        assertThat(spec.path("placeholders").size()).isEqualTo((int)
                StreamSupport.stream(spec.path("realm").path("clients").spliterator(), false)
                        .filter(client -> client.has("secret"))
                        .count());
        spec.path("placeholders")
                .fields()
                .forEachRemaining(placeholder -> assertThat(placeholder
                                .getValue()
                                .path("secret")
                                .path("name")
                                .asText())
                        .isEqualTo(RealmImport.CLIENT_SECRETS));
    }

    private static void assertGenerated(String overlay, RealmImport realmImport) throws IOException {
        Path committed = Manifests.overlay(overlay).resolve("keycloak-realm-import.yaml");
        String expected = realmImport.file(Yaml.json(REALM));
        if (Boolean.getBoolean("realm.write")) {
            Files.writeString(committed, expected);
        }
        assertThat(committed)
                .as("%s: regenerate with -Drealm.write=true after changing the realm file", committed)
                .content()
                .isEqualTo(expected);
    }
}
