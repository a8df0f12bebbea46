package org.familysafeguarding.platform.schema;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Migrations named in a list and read from the class path, so that no class-path scanning is needed: the platform's
 * migrations sit inside a library jar, which a scanner finds in some class loaders and not in others.
 */
final class ListedMigrations implements ResourceProvider {

    private final List<LoadableResource> resources;

    ListedMigrations(String location, List<String> filenames, ClassLoader classLoader) {
        this.resources = filenames.stream()
                .map(name -> (LoadableResource) new Listed(location, name, classLoader))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream()
                .filter(resource -> resource.getRelativePath().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(resource -> resource.getFilename().startsWith(prefix))
                .filter(resource -> Arrays.stream(suffixes).anyMatch(resource.getFilename()::endsWith))
                .toList();
    }

    private static final class Listed extends LoadableResource {

        private final String location;
        private final String filename;
        private final ClassLoader classLoader;

        Listed(String location, String filename, ClassLoader classLoader) {
            this.location = location;
            this.filename = filename;
            this.classLoader = classLoader;
        }

        @Override
        public Reader read() {
            InputStream stream = classLoader.getResourceAsStream(location + "/" + filename);
            if (stream == null) {
                throw new IllegalStateException(
                        "platform migration " + location + "/" + filename + " is not on the class path");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return location + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
