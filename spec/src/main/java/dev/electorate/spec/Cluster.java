package dev.electorate.spec;

import java.util.List;

/**
 * The members of a run: node ids, all positive and distinct, listed in ring order (each member's
 * successor on a unidirectional ring is the next one in the list, wrapping around).
 */
public record Cluster(List<Integer> members) {

    /** The id no node has: "no leader". */
    public static final int NONE = 0;

    public Cluster {
        members = List.copyOf(members);
        if (members.size() < 1) {
            throw new IllegalArgumentException("a cluster needs at least one member");
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("member ids must be distinct: " + members);
        }
        if (members.stream().anyMatch(id -> id <= 0)) {
            throw new IllegalArgumentException("member ids must be positive: " + members);
        }
    }

    /** Members 1..n in increasing ring order. */
    public static Cluster ofSize(int n) {
        return new Cluster(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
    }

    public int size() {
        return members.size();
    }

    /** Position of {@code id} on the ring, 0-based. */
    public int position(int id) {
        int i = members.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("not a member: " + id);
        }
        return i;
    }

    /** The member {@code hops} places after {@code id} on the ring (negative goes backwards). */
    public int onRing(int id, int hops) {
        int n = members.size();
        return members.get(Math.floorMod(position(id) + hops, n));
    }

    public int successor(int id) {
        return onRing(id, 1);
    }

    public int predecessor(int id) {
        return onRing(id, -1);
    }

    /** Every member but {@code self}, in increasing id order: whom a node asks or tells all at once. */
    public List<Integer> others(int self) {
        return members.stream().filter(id -> id != self).sorted().toList();
    }

    /** The fewest members that make a majority, so that any two majorities share a member. */
    public int majority() {
        return members.size() / 2 + 1;
    }

    public int maxId() {
        return members.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
