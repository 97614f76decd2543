package dev.electorate.harness.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Stands in for a validator jar in ValidateCommandTest: writes its arguments to the file named first, exits 3. */
public final class FakeValidator {
    private FakeValidator() {}

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), String.join(" ", args));
        System.exit(3);
    }
}
