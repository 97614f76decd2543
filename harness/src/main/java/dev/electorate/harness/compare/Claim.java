package dev.electorate.harness.compare;

/**
 * A textbook claim and what the measurement says of it.
 *
 * @param text       the claim as the textbooks make it
 * @param verdict    supported, supported only under conditions, not supported, or not measured
 * @param evidence   the figures behind the verdict
 * @param conditions where the claim does not hold, or why it was not measured; empty when it holds everywhere
 */
public record Claim(String text, Support verdict, String evidence, String conditions) {

    /** How far the measurement supports a claim. */
    public enum Support {
        SUPPORTED("supported"), PARTLY("supported only under conditions"), NOT_SUPPORTED("not supported"),
        NOT_MEASURED("not measured");

        private final String words;

        Support(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The CSS class of its badge. */
        public String css() {
            return "claim-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The claim as console lines. */
    public String console() {
        return "claim: " + text + "\n  " + verdict.words() + ": " + evidence
                + (conditions.isEmpty() ? "" : "\n  where not: " + conditions);
    }
}
