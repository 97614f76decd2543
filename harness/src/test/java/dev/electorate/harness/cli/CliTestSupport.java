package dev.electorate.harness.cli;

/** Small helpers the command-line tests share. */
final class CliTestSupport {
    private CliTestSupport() {}

    /** How often {@code part} occurs in {@code text}. */
    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
