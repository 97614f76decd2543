package dev.electorate.tla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The project's TLA+ modules and models as shipped on the classpath under {@code tla/}, copied
 * out into a working folder because TLC reads modules from files.
 *
 * <p>The sources keep one folder per algorithm ({@code tla/raft/Raft.tla}, with {@code common/} and
 * {@code ring/} for the modules several algorithms extend), but a module is named by its file name
 * alone: TLC resolves {@code EXTENDS} and {@code INSTANCE} within one folder, so the copy is flat and
 * every file name is unique across folders.
 */
public final class TlaLibrary {

    static final String ROOT = "tla/";

    private TlaLibrary() {}

    /** Copies every module, model and manifest into {@code dir} and returns {@code dir}. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String path : paths()) {
                try (InputStream in = resource(path)) {
                    Files.copy(in, dir.resolve(fileName(path)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the TLA+ modules into " + dir, e);
        }
    }

    /** Opens one shipped file by its file name, e.g. "models.tsv" or "Raft.tla", whatever its folder. */
    public static InputStream open(String name) throws IOException {
        for (String path : paths()) {
            if (fileName(path).equals(name)) {
                return resource(path);
            }
        }
        throw new IOException("no " + ROOT + "**/" + name + " on the classpath; rebuild with mvn -B package");
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = TlaLibrary.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IOException("no " + ROOT + path + " on the classpath; rebuild with mvn -B package");
        }
        return in;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static volatile List<String> paths;

    /** The files' paths under tla/, from a folder (tests, IDE) or from the jar (the CLI), listed once. */
    static List<String> paths() throws IOException {
        List<String> known = paths;
        if (known == null) {
            known = List.copyOf(list());
            paths = known;
        }
        return known;
    }

    private static List<String> list() throws IOException {
        URL url = TlaLibrary.class.getClassLoader().getResource(ROOT + "models.tsv");
        if (url == null) {
            throw new IOException("no " + ROOT + "models.tsv on the classpath; rebuild with mvn -B package");
        }
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(ROOT) && entry.length() > ROOT.length() && !entry.endsWith("/")) {
                        names.add(entry.substring(ROOT.length()));
                    }
                }
            }
        } else {
            Path root;
            try {
                root = Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException("cannot list " + url, e);
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            }
        }
        names.sort(null);
        return names;
    }
}
