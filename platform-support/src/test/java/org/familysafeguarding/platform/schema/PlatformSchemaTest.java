package org.familysafeguarding.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PlatformSchemaTest {

    @Test
    void lists_every_migration_in_its_folder_in_version_order() throws IOException, URISyntaxException {
        Path folder = Path.of(
                getClass().getClassLoader().getResource(PlatformSchema.LOCATION).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted(PlatformSchemaTest::byVersion))
                    .containsExactlyElementsOf(PlatformSchema.MIGRATIONS);
        }
    }

    @Test
    void reads_each_listed_migration_from_the_class_path() {
        ListedMigrations migrations = new ListedMigrations(
                PlatformSchema.LOCATION, PlatformSchema.MIGRATIONS, getClass().getClassLoader());
        assertThat(migrations.getResources("V", new String[] {".sql"})).hasSize(PlatformSchema.MIGRATIONS.size());
        assertThat(migrations.getResource("V2__audit_entry.sql").read()).isNotNull();
        assertThat(migrations.getResources("R", new String[] {".sql"})).isEmpty();
    }

    private static int byVersion(String a, String b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(String filename) {
        return Integer.parseInt(filename.substring(1, filename.indexOf("__")));
    }
}
