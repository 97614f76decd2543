package dev.electorate.harness.io;

import java.util.regex.Pattern;

/** Words quoted for a POSIX shell, so that a printed command can be pasted back whatever paths it names. */
public final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private ShellWords() {}

    /** {@code word} as the shell must read it: as is when it is plain, else in single quotes. */
    public static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
