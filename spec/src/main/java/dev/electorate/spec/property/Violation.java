package dev.electorate.spec.property;

/**
 * A property broken at a step of a trace.
 *
 * @param property    the property's name ("Uniqueness")
 * @param step        index of the step at which it is broken
 * @param time        tick of that step
 * @param explanation what is wrong, in words
 */
public record Violation(String property, long step, long time, String explanation) {
    @Override
    public String toString() {
        return property + " violated at step " + step + " (tick " + time + "): " + explanation;
    }
}
