package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Node;
import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;
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
        return load(className, classpath, DEFAULT_TIMEOUT_MILLIS);
    }

    /** A node call's default time limit, as {@code --node-timeout}'s. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    /**
     * As {@link #load(String, String)}, with every call into the class (its constructor included)
     * guarded by the sandbox and limited to {@code timeoutMillis}.
     */
    public static AdaptedAlgorithm.NodeFactory load(String className, String classpath, long timeoutMillis) {
        ClassLoader loader = loader(classpath);
        String where = classpath == null || classpath.isBlank() ? "the harness's classpath (no --classpath given)"
                : "--classpath " + classpath;
        Class<?> type;
        try {
            // Not initialised here: its static initialiser is user code, run by the first constructor call in the sandbox.
            type = Class.forName(className, false, loader);
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
            return (self, cluster) -> GuardedNode.create(className, self, timeoutMillis,
                    () -> instantiate(c, self, cluster));
        }
        constructor = constructor(type, int.class);
        if (constructor != null) {
            Constructor<?> c = constructor;
            return (self, cluster) -> GuardedNode.create(className, self, timeoutMillis, () -> instantiate(c, self));
        }
        constructor = constructor(type);
        if (constructor != null) {
            Constructor<?> c = constructor;
            return (self, cluster) -> GuardedNode.create(className, self, timeoutMillis, () -> instantiate(c));
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
            if (Files.isRegularFile(path)) {
                // A class loader skips a jar it cannot open, and the class would then be called missing.
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.size();
                } catch (IOException e) {
                    throw new BadInputException("--classpath entry " + entry + " is corrupt: it cannot be read as a"
                            + " jar (" + e.getMessage() + "); rebuild it (mvn package) or pass the classes folder");
                }
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

    /** Calls the constructor; what the user's constructor throws is rethrown as is, for the sandbox to name. */
    private static Node instantiate(Constructor<?> constructor, Object... args) {
        try {
            return (Node) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw sneaky(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
