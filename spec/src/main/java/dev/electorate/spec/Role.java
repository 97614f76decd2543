package dev.electorate.spec;

/** What a node believes it is in the election at a given moment. */
public enum Role {
    /** Has not yet taken part in an election, or has no opinion. */
    IDLE,
    /** Knows (or believes it knows) another node as leader. */
    FOLLOWER,
    /** Is running for leader. */
    CANDIDATE,
    /** Believes itself to be the leader. */
    LEADER
}
