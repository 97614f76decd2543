package dev.electorate.impl.etcd;

import java.util.LinkedHashMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the etcd service keeps on disk, handed back after a crash: the revision, the leases granted
 * and live, the keys in create order, and the fence. Watches and lease timers are not in it.
 */
record ServiceState(long revision, SortedSet<Long> granted, SortedSet<Long> leases,
        LinkedHashMap<Long, Long> keys, long fence) {

    ServiceState {
        granted = new TreeSet<>(granted);
        leases = new TreeSet<>(leases);
        keys = new LinkedHashMap<>(keys);
    }
}
