package dev.electorate.harness.io;

/** Input the user must fix (a flag, a file); the CLI prints the message and exits with status 2. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
