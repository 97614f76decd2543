package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** The messages of Lamport's election; their simple names are the message types of LamportElection.tla. */
public final class Messages {

    private Messages() {}

    /** ELECTION: the sender runs for leader with the stamp (clock, sender). */
    public record Election(long clock) implements Message {}

    /** HEARTBEAT: the leader's periodic sign of life; not an event of the Lamport clock. */
    public record Heartbeat() implements Message {}

    /** LEADER: the sender leads with the stamp (round, sender). */
    public record Leader(long round) implements Message {}

    /** NACK: the sender refuses a smaller stamp, having promised or holding the greater stamp (round, holder). */
    public record Nack(long round, int holder) implements Message {}

    /** OK: the sender promises the candidate stamp (round, receiver). */
    public record Ok(long round) implements Message {}
}
