package dev.electorate.harness.fault;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One injected fault: plain data, printable, replayable, and removable when shrinking. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "fault")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Fault.Crash.class, name = "crash"),
    @JsonSubTypes.Type(value = Fault.Restart.class, name = "restart"),
    @JsonSubTypes.Type(value = Fault.Bounce.class, name = "bounce"),
    @JsonSubTypes.Type(value = Fault.Contest.class, name = "contest"),
    @JsonSubTypes.Type(value = Fault.MidReaction.class, name = "mid-reaction"),
    @JsonSubTypes.Type(value = Fault.Pause.class, name = "pause"),
    @JsonSubTypes.Type(value = Fault.Partition.class, name = "partition"),
    @JsonSubTypes.Type(value = Fault.LinkCut.class, name = "cut"),
    @JsonSubTypes.Type(value = Fault.Loss.class, name = "loss"),
    @JsonSubTypes.Type(value = Fault.Duplication.class, name = "duplicate"),
    @JsonSubTypes.Type(value = Fault.Reordering.class, name = "reorder"),
    @JsonSubTypes.Type(value = Fault.ClockSkew.class, name = "clock-skew"),
})
public sealed interface Fault {

    /** Tick at which the fault begins. */
    long at();

    /** Tick at which its effect ends; for a crash with no restart, the tick of the crash. */
    long healsAt();

    /** The fault in a few words. */
    String describe();

    /** The node stops; its volatile state is lost, its durable state kept. */
    record Crash(long at, int node) implements Fault {
        public long healsAt() { return at; }
        public String describe() { return "t=" + at + " crash " + node; }
    }

    /** A crashed node comes back as a fresh instance handed its durable state. */
    record Restart(long at, int node) implements Fault {
        public long healsAt() { return at; }
        public String describe() { return "t=" + at + " restart " + node; }
    }

    /**
     * A crash aimed at the middle of an election: from tick {@code at} the node is armed, and it
     * crashes right after it handles its next message of the election type (its replies already
     * sent), or at {@code at + within} if none comes; it is restarted {@code down} ticks later.
     * A crash at a uniform tick almost never lands between two messages of one election, which is
     * where a forgotten vote or promise does its damage.
     */
    record Bounce(long at, int node, long within, long down) implements Fault {
        public long healsAt() { return at + within + down; }
        public String describe() {
            return "t=" + at + " bounce " + node + " after its next election message (by t=" + (at + within)
                    + "), down " + down;
        }
    }

    /**
     * A crash inside a reaction: from tick {@code at} the node is armed, and the next reaction in
     * which it makes two effects or more (sends and writes of its durable state) is cut short: only
     * a prefix of them, at least one and not all, in the order the node made them, takes place
     * before the node crashes; the prefix is drawn from the run's choices when the reaction ends.
     * It restarts {@code down} ticks later. If no such reaction comes by {@code at + within}, it
     * crashes then. A node that sends a vote before making it durable gives it twice this way.
     */
    record MidReaction(long at, int node, long within, long down) implements Fault {
        public long healsAt() { return at + within + down; }
        public String describe() {
            return "t=" + at + " crash " + node + " inside its next reaction of two effects or more (by t="
                    + (at + within) + "), down " + down;
        }
    }

    /**
     * A crash aimed between two rival election messages: from tick {@code at} until
     * {@code at + within}, the first node that handles a message of the election type while another
     * sender's is on its way to it crashes right after (its replies already sent), and restarts at
     * most {@code down} ticks later but before the rival message arrives, so the new incarnation
     * answers it. Nothing happens if no such moment comes. A bounce picks its node in advance and
     * rarely meets a rival; this is where a vote or promise that is not made durable is given twice.
     */
    record Contest(long at, long within, long down) implements Fault {
        public long healsAt() { return at + within + down; }
        public String describe() {
            return "t=" + at + " crash the first node caught between rival election messages (by t=" + (at + within)
                    + "), down at most " + down;
        }
    }

    /** The node's process stops until {@code until}: its timers and inbox wait. */
    record Pause(long at, long until, int node) implements Fault {
        public long healsAt() { return until; }
        public String describe() { return "t=" + at + ".." + until + " pause " + node; }
    }

    /**
     * The network splits until {@code until}: messages between different groups are lost, except
     * to and from the {@code bridge} node (0 for none); if {@code oneWay}, only messages from the
     * first group to the others are lost.
     */
    record Partition(long at, long until, String shape, java.util.List<java.util.List<Integer>> groups,
                     int bridge, boolean oneWay) implements Fault {
        public Partition {
            groups = groups.stream().map(java.util.List::copyOf).toList();
        }

        public long healsAt() { return until; }

        /** Whether a message from {@code from} to {@code to} is cut. */
        public boolean cuts(int from, int to) {
            if (from == bridge || to == bridge) {
                return false;
            }
            int gf = groupOf(from);
            int gt = groupOf(to);
            if (gf == gt) {
                return false;
            }
            return !oneWay || gf == 0;
        }

        private int groupOf(int id) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).contains(id)) {
                    return g;
                }
            }
            return -1;
        }

        public String describe() {
            return "t=" + at + ".." + until + " partition " + shape + " " + groups
                    + (bridge != 0 ? " bridge " + bridge : "") + (oneWay ? " one-way" : "");
        }
    }

    /**
     * A partial partition: until {@code until} the listed links (pairs of nodes) are cut both
     * ways and every other link works, so nodes may be connected only through others, which
     * {@link Partition}'s groups cannot express (for example 4 linked only to 2).
     */
    record LinkCut(long at, long until, java.util.List<java.util.List<Integer>> links) implements Fault {
        public LinkCut {
            links = links.stream().map(java.util.List::copyOf).toList();
            for (java.util.List<Integer> l : links) {
                if (l.size() != 2) {
                    throw new IllegalArgumentException("a cut link is a pair of nodes, got " + l);
                }
            }
        }

        public long healsAt() { return until; }

        /** Whether a message from {@code from} to {@code to} is cut. */
        public boolean cuts(int from, int to) {
            return links.stream().anyMatch(l -> l.get(0) == from && l.get(1) == to
                    || l.get(0) == to && l.get(1) == from);
        }

        public String describe() { return "t=" + at + ".." + until + " cut links " + links; }
    }

    /** Until {@code until}, each message is lost with probability perMille/1000. */
    record Loss(long at, long until, int perMille) implements Fault {
        public long healsAt() { return until; }
        public String describe() { return "t=" + at + ".." + until + " loss " + perMille / 10.0 + "%"; }
    }

    /** Until {@code until}, each message is delivered twice with probability perMille/1000. */
    record Duplication(long at, long until, int perMille) implements Fault {
        public long healsAt() { return until; }
        public String describe() { return "t=" + at + ".." + until + " duplicate " + perMille / 10.0 + "%"; }
    }

    /** Until {@code until}, links are not FIFO: a later message may overtake an earlier one. */
    record Reordering(long at, long until) implements Fault {
        public long healsAt() { return until; }
        public String describe() { return "t=" + at + ".." + until + " reorder"; }
    }

    /** Until {@code until}, the node's clock and timers run at ratePerMille/1000 of real time. */
    record ClockSkew(long at, long until, int node, int ratePerMille) implements Fault {
        public long healsAt() { return until; }
        public String describe() { return "t=" + at + ".." + until + " clock of " + node + " at " + ratePerMille / 10.0 + "%"; }
    }
}
