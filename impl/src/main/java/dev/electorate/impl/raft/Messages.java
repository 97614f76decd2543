package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** The messages of Raft; their simple names are the message types of Raft.tla. */
public final class Messages {

    private Messages() {}

    /** APPENDENTRIES with no entries: the leader of {@code term}'s heartbeat (this package elects, it replicates nothing). */
    public record AppendEntries(long term) implements Message {}

    /** The answer to APPENDENTRIES: the follower's term and whether it accepted the sender as leader of that term. */
    public record AppendEntriesResponse(long term, boolean success) implements Message {}

    /** PREVOTE: would the receiver vote for the sender in {@code term}, were it to campaign? Changes no one's term. */
    public record PreVote(long term, long lastLogTerm, long lastLogIndex) implements Message {}

    /** The answer to PREVOTE: the term asked about if granted, else the receiver's own term. */
    public record PreVoteResponse(long term, boolean voteGranted) implements Message {}

    /** REQUESTVOTE: the sender campaigns in {@code term} with a log ending at (lastLogTerm, lastLogIndex). */
    public record RequestVote(long term, long lastLogTerm, long lastLogIndex) implements Message {}

    /** The answer to REQUESTVOTE: the voter's term and whether it granted its vote. */
    public record RequestVoteResponse(long term, boolean voteGranted) implements Message {}
}
