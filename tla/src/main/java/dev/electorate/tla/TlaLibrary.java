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
 */
public final class TlaLibrary {

    static final String ROOT = "tla/";

    private TlaLibrary() {}

    /** Copies every module, model and manifest into {@code dir} and returns {@code dir}. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : names()) {
                try (InputStream in = open(name)) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the TLA+ modules into " + dir, e);
        }
    }

    /** Opens one shipped file, e.g. "models.tsv". */
    public static InputStream open(String name) throws IOException {
        InputStream in = TlaLibrary.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("no " + ROOT + name + " on the classpath; rebuild with mvn -B package");
        }
        return in;
    }

    /** The file names under tla/, from a folder (tests, IDE) or from the jar (the CLI). */
    static List<String> names() throws IOException {
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
                    if (entry.startsWith(ROOT) && entry.length() > ROOT.length() && !entry.endsWith("/")
                            && entry.indexOf('/', ROOT.length()) < 0) {
                        names.add(entry.substring(ROOT.length()));
                    }
                }
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
                files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException("cannot list " + url, e);
            }
        }
        names.sort(null);
        return names;
    }
}
