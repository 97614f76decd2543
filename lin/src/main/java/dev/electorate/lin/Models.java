package dev.electorate.lin;

import java.util.List;

/** The models by their command-line names: {@code mutex}, {@code fenced-lease}, {@code register}, {@code cas-register}. */
public final class Models {
    private Models() {}

    /** The accepted names, in the order the CLI lists them. */
    public static final List<String> NAMES = List.of("mutex", "fenced-lease", "register", "cas-register");

    /** The model called {@code name}; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
    public static Model byName(String name) {
        return switch (name) {
            case "mutex" -> new Mutex();
            case "fenced-lease" -> new FencedLease();
            case "register" -> new Register();
            case "cas-register" -> new CasRegister();
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; expected one of " + String.join(", ", NAMES));
        };
    }
}
