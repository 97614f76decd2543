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
    private final List<Fault.Partition> partitions = new ArrayList<>();
    private final List<Fault.LinkCut> cuts = new ArrayList<>();
    private final List<Fault.Loss> losses = new ArrayList<>();
    private final List<Fault.Duplication> duplications = new ArrayList<>();
    private final List<Fault.Reordering> reorderings = new ArrayList<>();

    Links(Network network, Choices choices, int nodes) {
        this.network = network;
        this.choices = choices;
        this.lastArrival = new long[nodes][nodes];
    }

    /** Puts a link fault in force and names its step in the trace; null when {@code f} is no link fault. */
    String begin(Fault f) {
        if (f instanceof Fault.Partition p) {
            partitions.add(p);
            return "Partition";
        } else if (f instanceof Fault.LinkCut c) {
            cuts.add(c);
            return "Partition";
        } else if (f instanceof Fault.Loss l) {
            losses.add(l);
            return "Loss";
        } else if (f instanceof Fault.Duplication d) {
            duplications.add(d);
            return "Duplication";
        } else if (f instanceof Fault.Reordering o) {
            reorderings.add(o);
            return "Reordering";
        }
        return null;
    }

    /** Heals a link fault and names its step in the trace; null when {@code f} is no link fault. */
    String end(Fault f) {
        if (f instanceof Fault.Partition p) {
            partitions.remove(p);
            return "Heal";
        } else if (f instanceof Fault.LinkCut c) {
            cuts.remove(c);
            return "Heal";
        } else if (f instanceof Fault.Loss l) {
            losses.remove(l);
            return "LossEnd";
        } else if (f instanceof Fault.Duplication d) {
            duplications.remove(d);
            return "DuplicationEnd";
        } else if (f instanceof Fault.Reordering o) {
            reorderings.remove(o);
            return "ReorderingEnd";
        }
        return null;
    }

    /** Why a message from {@code from} to a listening {@code to} is lost, or null when it arrives. */
    String loses(int from, int to) {
        for (Fault.Partition p : partitions) {
            if (p.cuts(from, to)) {
                return "link cut by partition";
            }
        }
        for (Fault.LinkCut c : cuts) {
            if (c.cuts(from, to)) {
                return "link cut by partition";
            }
        }
        // Drawn only for a message no cut stopped, so that a partition's messages draw nothing.
        for (Fault.Loss l : losses) {
            if (choices.chance(l.perMille())) {
                return "lost by the network";
            }
        }
        return null;
    }

    /** Whether the network sends a message twice. */
    boolean duplicates() {
        for (Fault.Duplication d : duplications) {
            if (choices.chance(d.perMille())) {
                return true;
            }
        }
        return false;
    }

    /** The tick at which a message sent at {@code now} between two ring positions arrives. */
    long arrival(long now, int fromPosition, int toPosition) {
        long arrival = now + choices.between(network.minDelay(), network.maxDelay());
        if (reorderings.isEmpty()) {
            // FIFO links: a message never overtakes one sent earlier on the same link.
            arrival = Math.max(arrival, lastArrival[fromPosition][toPosition]);
            lastArrival[fromPosition][toPosition] = arrival;
        }
        return arrival;
    }
}
