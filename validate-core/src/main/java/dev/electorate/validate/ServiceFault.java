package dev.electorate.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The real faults a validation run injects, by their command-line names. */
public enum ServiceFault {
    /** The server the leader talks to is killed, then restarted on the same data. */
    SERVER_CRASH("server-crash"),
    /** The leader's session (ZooKeeper) or lease (etcd) expires. */
    SESSION_EXPIRY("session-expiry"),
    /** The leader's process is stopped (SIGSTOP) for longer than the session timeout, then resumed. */
    PAUSE("pause"),
    /** The leader's links to every server are cut at the proxy for longer than the session timeout. */
    PARTITION("partition");

    private final String cliName;

    ServiceFault(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line. */
    public String cliName() {
        return cliName;
    }

    /** Parses a comma-separated list of fault names, or {@code all}; errors list the names. */
    public static Set<ServiceFault> parse(String list) {
        Set<ServiceFault> out = EnumSet.noneOf(ServiceFault.class);
        for (String name : list.split(",")) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                out.addAll(EnumSet.allOf(ServiceFault.class));
                continue;
            }
            ServiceFault found = null;
            for (ServiceFault f : values()) {
                if (f.cliName.equals(n)) {
                    found = f;
                }
            }
            if (found == null) {
                List<String> names = new ArrayList<>();
                for (ServiceFault f : values()) {
                    names.add(f.cliName);
                }
                throw new IllegalArgumentException("--faults: unknown fault '" + name + "'; use a comma-separated list of "
                        + String.join(", ", names) + ", or all");
            }
            out.add(found);
        }
        return out;
    }
}
