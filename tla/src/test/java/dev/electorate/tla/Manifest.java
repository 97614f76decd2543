package dev.electorate.tla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The manifest and the README in the source tree (tla/), as the tests read and, in update mode, rewrite them. */
final class Manifest {

    static final String UPDATE_COMMAND = "mvn -B -pl tla test -Dtest=ModelsTest -Delectorate.models.update=true"
            + " records the new figures in src/main/tla/models.tsv and regenerates the README table";

    private Manifest() {}

    /** True with {@code -Delectorate.models.update=true}. */
    static boolean updating() {
        return Boolean.getBoolean("electorate.models.update");
    }

    /** The tla/ module folder (surefire sets basedir). */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static Path manifestFile() {
        return moduleDir().resolve("src/main/tla/models.tsv");
    }

    static Path readmeFile() {
        return moduleDir().resolve("README.md");
    }

    /** The manifest as it is in the source tree (not the copy on the classpath). */
    static List<Model> sourceModels() {
        return Models.parse(lines(manifestFile()), manifestFile().toString());
    }

    /** Writes {@code models} into the source manifest and regenerates the README table from it. */
    static void write(List<Model> models) {
        try {
            Files.writeString(manifestFile(), Models.format(models), StandardCharsets.UTF_8);
            String readme = Files.readString(readmeFile(), StandardCharsets.UTF_8);
            Files.writeString(readmeFile(), ModelsTable.replaceIn(readme, models), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + manifestFile() + " or " + readmeFile(), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
