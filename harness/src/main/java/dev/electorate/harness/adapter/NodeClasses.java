package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Node;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a user's {@link Node} class from a classpath of jars and folders and makes its nodes with
 * the first public constructor of {@code (int self, Cluster cluster)}, {@code (int self)} or
 * {@code ()}.
 */
public final class NodeClasses {

    private static final String FIX = "; pass --node-class with the fully qualified name of a public class that"
            + " implements dev.electorate.spec.Node, and --classpath with the jar or classes folder that holds it";

    private NodeClasses() {}

    /**
     * The factory for {@code className} found on {@code classpath} (entries separated by the
     * platform's path separator; null or empty: the harness's own classpath), or bad input that
     * says what is wrong and how to fix it.
     */
    public static AdaptedAlgorithm.NodeFactory load(String className, String classpath) {
        ClassLoader loader = loader(classpath);
        String where = classpath == null || classpath.isBlank() ? "the harness's classpath (no --classpath given)"
                : "--classpath " + classpath;
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new BadInputException("--node-class " + className + " is not on " + where
                    + "; check the name (package included) and that the jar holds it");
        } catch (LinkageError e) {
            throw new BadInputException("--node-class " + className + " on " + where + " cannot be loaded: " + e
                    + "; build it for Java 17 against the electorate-spec version of this harness");
        }
        if (!Node.class.isAssignableFrom(type)) {
            throw new BadInputException("--node-class " + className + " does not implement dev.electorate.spec.Node"
                    + " (it implements " + List.of(type.getInterfaces()).stream().map(Class::getName).toList() + ")"
                    + FIX);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new BadInputException("--node-class " + className + " is abstract or not public" + FIX);
        }
        Constructor<?> constructor = constructor(type, int.class, Cluster.class);
        if (constructor != null) {
            Constructor<?> c = constructor;
            return (self, cluster) -> instantiate(c, className, self, self, cluster);
        }
        constructor = constructor(type, int.class);
        if (constructor != null) {
            Constructor<?> c = constructor;
            return (self, cluster) -> instantiate(c, className, self, self);
        }
        constructor = constructor(type);
        if (constructor != null) {
            Constructor<?> c = constructor;
            return (self, cluster) -> instantiate(c, className, self);
        }
        throw new BadInputException("--node-class " + className + " has no public constructor (int self, Cluster"
                + " cluster), (int self) or (); add one so the harness can make a node per member");
    }

    private static ClassLoader loader(String classpath) {
        ClassLoader parent = NodeClasses.class.getClassLoader();
        if (classpath == null || classpath.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new BadInputException("--classpath entry " + entry + " does not exist; pass the jar (or"
                        + " classes folder) that holds your Node class, entries separated by '" + File.pathSeparator
                        + "'");
            }
            if (Files.isRegularFile(path) && !entry.endsWith(".jar") && !entry.endsWith(".zip")) {
                throw new BadInputException("--classpath entry " + entry + " is a file but not a jar; pass the jar"
                        + " (or classes folder) that holds your Node class");
            }
            try {
                urls.add(path.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new BadInputException("--classpath entry " + entry + " is not a usable path: " + e.getMessage());
            }
        }
        // Parent first: the Node, Context and Message the user's class sees are the harness's own.
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static Constructor<?> constructor(Class<?> type, Class<?>... parameters) {
        try {
            Constructor<?> c = type.getConstructor(parameters);
            return Modifier.isPublic(c.getModifiers()) ? c : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Node instantiate(Constructor<?> constructor, String className, int self, Object... args) {
        try {
            return (Node) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + className + " failed for node " + self + ": "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make node " + self + " of " + className + ": " + e, e);
        }
    }
}
