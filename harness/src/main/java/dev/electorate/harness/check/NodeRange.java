package dev.electorate.harness.check;

import dev.electorate.harness.io.BadInputException;

/** How many nodes the runs have: one size, or sizes taken in turn from {@code min..max}. */
public record NodeRange(int min, int max) {

    /**
     * The largest cluster: every run keeps an n-by-n table of its links and most algorithms send
     * on the order of n² messages per election, so a run of 1,000 nodes already takes seconds and
     * hundreds of megabytes; beyond it a check would exhaust the heap or never end.
     */
    public static final int MAX = 1000;

    public NodeRange {
        if (min < 2) {
            throw new BadInputException("--nodes must be at least 2 (a number N or a range MIN..MAX), got "
                    + (min == max ? String.valueOf(min) : min + ".." + max));
        }
        if (max < min) {
            throw new BadInputException("--nodes " + min + ".." + max + " is an inverted range: write the smaller size"
                    + " first (" + max + ".." + min + ")");
        }
        if (max > MAX) {
            throw new BadInputException("--nodes must be at most " + MAX + ", got " + max + ": every run keeps an n-by-n"
                    + " table of links and most elections send n² messages, so larger clusters exhaust the heap or"
                    + " never finish");
        }
    }

    public static NodeRange parse(String text) {
        try {
            String[] parts = text.split("\\.\\.", -1);
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0].trim());
                return new NodeRange(n, n);
            }
            if (parts.length == 2) {
                return new NodeRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            if (text.trim().matches("[0-9.]+") && text.trim().matches(".*[0-9]{10,}.*")) {
                throw new BadInputException("--nodes must be at most " + MAX + ", got '" + text + "'");
            }
        }
        throw new BadInputException("--nodes takes a number N or a range MIN..MAX (for example 5 or 3..7), got '" + text + "'");
    }

    /** The cluster size of run {@code i}. */
    public int sizeOf(long i) {
        return min + (int) Math.floorMod(i, (long) (max - min + 1));
    }

    @Override
    public String toString() {
        return min == max ? String.valueOf(min) : min + ".." + max;
    }
}
