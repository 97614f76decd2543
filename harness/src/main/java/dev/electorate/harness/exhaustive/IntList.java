package dev.electorate.harness.exhaustive;

import java.util.Arrays;

/** A growable list of ints: state ids and edges of the explorer's graph without boxing. */
final class IntList {
    private int[] data = new int[1024];
    private int size;

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    void set(int i, int v) {
        data[i] = v;
    }

    int size() {
        return size;
    }

    int removeLast() {
        return data[--size];
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
