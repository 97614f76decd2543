package dev.electorate.impl.bully;

import dev.electorate.spec.Message;

/** The messages of Bully; their simple names are the message types of Bully.tla. */
public final class Messages {

    private Messages() {}

    /** ANSWER: a higher node tells a lower candidate that it is alive and will take over. */
    public record Answer() implements Message {}

    /** COORDINATOR: the sender announces itself as the new leader to the lower ids. */
    public record Coordinator() implements Message {}

    /** ELECTION: a candidate asks every higher id whether it is alive; the sender is the candidate. */
    public record Election() implements Message {}

    /** HEARTBEAT: the leader's periodic sign of life, which the followers' failure detector waits for. */
    public record Heartbeat() implements Message {}
}
