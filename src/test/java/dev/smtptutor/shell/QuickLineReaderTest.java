package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/**
 * The shell's line reader makes JLine's built-in widgets without a method reference each: the same
 * names as the JLine in use (a JLine that adds or drops one fails here), and editing keys do what they
 * do in JLine's own reader.
 */
class QuickLineReaderTest {

    @Test
    void theBuiltInWidgetsAreExactlyThoseOfTheJLineInUse() throws IOException {
        try (Terminal terminal = terminal("")) {
            Map<String, String> jline = names(new LineReaderImpl(terminal, "jline", null).getBuiltinWidgets());
            Map<String, String> quick = names(new QuickLineReader(terminal, "quick").getBuiltinWidgets());
            assertEquals(jline, quick);
            assertEquals(145, quick.size());
        }
    }

    @Test
    void editingKeysDoWhatTheyDoInJLinesOwnReader() throws IOException {
        // Ctrl-A to the start, Ctrl-E to the end, two Backspaces; Ctrl-W a word back, Ctrl-Y puts it back;
        // Alt-B a word back, Ctrl-K cuts to the end; Ctrl-P brings the line before back, Ctrl-T swaps the two
        // characters before the cursor (JLine trims the blank that line ends with); Ctrl-D ends the input.
        String keys = "abc\u0001X\u0005Y\u007f\u007fZ\r"
                + "MAIL FROM:<a@b>\u0017\u0019\r"
                + "one two three\u001bb\u000b\r"
                + "\u0010\u0014\r"
                + "\u0004";
        List<String> expected = List.of("XabZ", "MAIL FROM:<a@b>", "one two ", "one tow");
        assertEquals(expected, linesRead(keys, false));
        assertEquals(expected, linesRead(keys, true));
    }

    private static List<String> linesRead(String keys, boolean quick) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Terminal terminal = terminal(keys)) {
            LineReader reader = quick ? new QuickLineReader(terminal, "quick") : new LineReaderImpl(terminal, "jline", null);
            while (true) {
                try {
                    lines.add(reader.readLine("smtp> "));
                } catch (EndOfFileException end) {
                    return lines;
                }
            }
        }
    }

    private static Map<String, String> names(Map<String, Widget> widgets) {
        Map<String, String> names = new TreeMap<>();
        widgets.forEach((name, widget) -> names.put(name, widget.toString()));
        return names;
    }

    private static Terminal terminal(String keys) throws IOException {
        ExternalTerminal terminal = new ExternalTerminal(null, "test", "xterm",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, true);
        terminal.setSize(new org.jline.terminal.Size(80, 24));
        terminal.resume();
        return terminal;
    }
}
