package dev.electorate.harness.adapter;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Idle node processes that accept {@code reset} (docs/protocol.md), kept from one run to the next so
 * that a run does not pay a process start per node: starting Python takes tens of milliseconds, a
 * reaction well under one. Every one is killed by {@link #closeAll}, which the command line calls when
 * a command ends, and by the shutdown hook of {@link NodeProcess}.
 */
public final class ProcessPool {

    private static final Map<NodeCommand, Deque<NodeProcess>> IDLE = new ConcurrentHashMap<>();

    private ProcessPool() {}

    /** An idle process of {@code command}, already reset, or null when there is none. */
    static NodeProcess take(NodeCommand command) {
        Deque<NodeProcess> idle = IDLE.get(command);
        return idle == null ? null : idle.pollFirst();
    }

    /** Keeps {@code process}, which has just answered {@code reset}, for the next node of {@code command}. */
    static void give(NodeCommand command, NodeProcess process) {
        IDLE.computeIfAbsent(command, c -> new ConcurrentLinkedDeque<>()).addFirst(process);
    }

    /** Kills every idle process: no node process outlives the command that started it. */
    public static void closeAll() {
        for (Deque<NodeProcess> idle : IDLE.values()) {
            for (NodeProcess p = idle.pollFirst(); p != null; p = idle.pollFirst()) {
                p.close();
            }
        }
    }
}
