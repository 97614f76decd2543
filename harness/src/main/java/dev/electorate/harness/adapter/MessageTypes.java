package dev.electorate.harness.adapter;

import dev.electorate.spec.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds a message record by the simple name it travels under, among the classes of one package: a
 * top-level {@code pkg.Name} or a nested {@code pkg.Outer$Name}. The package's classes are listed from
 * the jar or folder the class came from, since Java cannot list a package's classes itself.
 */
final class MessageTypes {
    private MessageTypes() {}

    /** The message class named {@code type} in {@code inPackageOf}'s package, or null. */
    static Class<?> find(Class<?> inPackageOf, String type) {
        ClassLoader loader = inPackageOf.getClassLoader();
        String pkg = inPackageOf.getPackageName();
        try {
            return Class.forName(pkg + "." + type, false, loader);
        } catch (ClassNotFoundException notTopLevel) {
            for (String name : classesOf(inPackageOf)) {
                if (name.endsWith("$" + type)) {
                    try {
                        Class<?> c = Class.forName(name, false, loader);
                        if (Message.class.isAssignableFrom(c)) {
                            return c;
                        }
                    } catch (ClassNotFoundException e) {
                        // listed but not loadable: not ours
                    }
                }
            }
            return null;
        }
    }

    /** The binary names of the classes in {@code c}'s package, from its jar or class folder. */
    private static List<String> classesOf(Class<?> c) {
        String dir = c.getPackageName().replace('.', '/');
        List<String> names = new ArrayList<>();
        java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null) {
            return names; // no jar or folder to list: only top-level types can be found
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(dir))) {
                    files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class"))
                            .forEach(f -> names.add(c.getPackageName() + "." + f.substring(0, f.length() - 6)));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0)
                            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + c.getPackageName(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the classes of " + c.getPackageName() + " at " + source.getLocation(), e);
        }
        return names;
    }
}
