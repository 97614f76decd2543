package dev.electorate.harness.check;

import dev.electorate.harness.io.BadInputException;

/** How many nodes the runs have: one size, or sizes taken in turn from {@code min..max}. */
public record NodeRange(int min, int max) {

    public NodeRange {
        if (min < 2 || max < min) {
            throw new BadInputException("--nodes must be at least 2 (a number N or a range MIN..MAX), got "
                    + (min == max ? String.valueOf(min) : min + ".." + max));
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
            // fall through to the message below
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
