package dev.electorate.harness.compare;

/** What a comparison measures an election after: a fresh start, or the crash of the elected leader. */
public enum Scenario {
    /** Every node starts at tick 0 and nothing fails: the first election. */
    NO_FAULTS("no faults", "no-faults"),
    /** The first leader crashes (for good) once elected: the election that replaces it. */
    LEADER_CRASH("after a leader crash", "leader-crash");

    private final String words;
    private final String id;

    Scenario(String words, String id) {
        this.words = words;
        this.id = id;
    }

    /** How the page and the console name it. */
    public String words() {
        return words;
    }

    /** Its name in compare.json and in anchors. */
    public String id() {
        return id;
    }
}
