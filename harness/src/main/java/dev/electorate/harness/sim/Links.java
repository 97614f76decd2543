package dev.electorate.harness.sim;

import dev.electorate.harness.fault.Fault;
import java.util.ArrayList;
import java.util.List;

/**
 * The links between the nodes: the link faults in force (partitions, cuts, loss, duplication, reordering) and the
 * decisions they make on each message, drawn from the run's choices in a fixed order so that a run replays.
 */
final class Links {

    private final Network network;
    private final Choices choices;
    private final long[][] lastArrival;
    /** The link faults in force, in the order they began (the order their draws are made in). */
    private final List<Fault> inForce = new ArrayList<>();

    Links(Network network, Choices choices, int nodes) {
        this.network = network;
        this.choices = choices;
        this.lastArrival = new long[nodes][nodes];
    }

    /** Puts a link fault in force and names its step in the trace; null when {@code f} is no link fault. */
    String begin(Fault f) {
        String[] steps = steps(f);
        if (steps != null) {
            inForce.add(f);
        }
        return steps == null ? null : steps[0];
    }

    /** Heals a link fault and names its step in the trace; null when {@code f} is no link fault. */
    String end(Fault f) {
        String[] steps = steps(f);
        if (steps != null) {
            inForce.remove(f);
        }
        return steps == null ? null : steps[1];
    }

    /** The trace's names of a link fault's onset and end, or null for a fault of the nodes. */
    private static String[] steps(Fault f) {
        if (f instanceof Fault.Partition || f instanceof Fault.LinkCut) {
            return new String[] {"Partition", "Heal"};
        } else if (f instanceof Fault.Loss) {
            return new String[] {"Loss", "LossEnd"};
        } else if (f instanceof Fault.Duplication) {
            return new String[] {"Duplication", "DuplicationEnd"};
        } else if (f instanceof Fault.Reordering) {
            return new String[] {"Reordering", "ReorderingEnd"};
        }
        return null;
    }

    /** Why a message from {@code from} to a listening {@code to} is lost, or null when it arrives. */
    String loses(int from, int to) {
        for (Fault f : inForce) {
            if (f instanceof Fault.Partition p && p.cuts(from, to) || f instanceof Fault.LinkCut c && c.cuts(from, to)) {
                return "link cut by partition";
            }
        }
        // Drawn only for a message no cut stopped, so that a partition's messages draw nothing.
        for (Fault f : inForce) {
            if (f instanceof Fault.Loss l && choices.chance(l.perMille())) {
                return "lost by the network";
            }
        }
        return null;
    }

    /** Whether the network sends a message twice. */
    boolean duplicates() {
        for (Fault f : inForce) {
            if (f instanceof Fault.Duplication d && choices.chance(d.perMille())) {
                return true;
            }
        }
        return false;
    }

    /** The tick at which a message sent at {@code now} between two ring positions arrives. */
    long arrival(long now, int fromPosition, int toPosition) {
        long arrival = now + choices.between(network.minDelay(), network.maxDelay());
        if (!reordering()) {
            // FIFO links: a message never overtakes one sent earlier on the same link.
            arrival = Math.max(arrival, lastArrival[fromPosition][toPosition]);
            lastArrival[fromPosition][toPosition] = arrival;
        }
        return arrival;
    }

    private boolean reordering() {
        for (Fault f : inForce) {
            if (f instanceof Fault.Reordering) {
                return true;
            }
        }
        return false;
    }
}
