package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.electorate.harness.io.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A --node-cmd line splits into words as a shell would split it, quotes included, and nothing more. */
class NodeCommandTest {

    @Test
    void blanksSplitAndQuotesGroup() {
        assertEquals(List.of("python3", "my node.py", "--id", "a b", ""),
                NodeCommand.parse("  python3 'my node.py'  --id \"a b\" ''").argv());
        assertEquals(List.of("echo", "$HOME|x"), NodeCommand.parse("echo $HOME|x").argv());
    }

    @Test
    void anEmptyCommandOrAnOpenQuoteIsBadInput() {
        assertThrows(BadInputException.class, () -> NodeCommand.parse("   "));
        assertThrows(BadInputException.class, () -> NodeCommand.parse("python3 'node.py"));
    }

    @Test
    void theShortNameIsTheScriptWithoutItsExtension() {
        assertEquals("highest_id_node", NodeCommand.parse("python3 -S nodes/highest_id_node.py --impatient").shortName());
        assertEquals("mynode", NodeCommand.parse("./mynode").shortName());
    }
}
