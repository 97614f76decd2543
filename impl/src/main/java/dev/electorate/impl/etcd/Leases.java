package dev.electorate.impl.etcd;

/** Lease ids: a client picks {@code attempt * 1024 + client id}, so ids never repeat and name their owner. */
final class Leases {

    /** Client ids stay below this so that a lease id names its owner. */
    static final int ID_LIMIT = 1024;

    private Leases() {}

    static long of(int client, long attempt) {
        return attempt * ID_LIMIT + client;
    }

    /** The client whose campaign the lease (and the key named by it) belongs to; 0 for key 0. */
    static int owner(long lease) {
        return (int) (lease % ID_LIMIT);
    }
}
