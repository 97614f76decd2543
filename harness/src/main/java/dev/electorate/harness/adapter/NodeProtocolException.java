package dev.electorate.harness.adapter;

/**
 * An external node broke the protocol (printed something that is not a protocol line, exited, or
 * did not finish a reaction in time): the message names the node, its command and the line.
 */
public final class NodeProtocolException extends RuntimeException {

    // Only a String constructor: a fork-join pool then rethrows this very exception, message intact.
    public NodeProtocolException(String message) {
        super(message);
    }
}
