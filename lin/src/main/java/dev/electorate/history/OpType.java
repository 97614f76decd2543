package dev.electorate.history;

/** The four kinds of history entries, named as Jepsen names them. */
public enum OpType {
    /** The operation starts. */
    INVOKE,
    /** It took effect; the value is its result. */
    OK,
    /** It certainly did not take effect. */
    FAIL,
    /** Indeterminate: it may take effect at any point after its invocation, or never. */
    INFO;

    /** Jepsen's spelling: {@code invoke}, {@code ok}, {@code fail}, {@code info}. */
    public String jepsenName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type Jepsen spells {@code name}, or null when {@code name} is none of them. */
    static OpType byJepsenName(Object name) {
        for (OpType type : values()) {
            if (type.jepsenName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
