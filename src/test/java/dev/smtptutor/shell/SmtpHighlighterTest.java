package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Colours as the learner types: verbs, addresses, and mistakes. */
class SmtpHighlighterTest {

    private final Styles styles = new Styles(true);
    private final SmtpHighlighter highlighter = new SmtpHighlighter(styles,
            new SlashCommands().register(new HelpCommands.Quit()));

    private AttributedStyle styleAt(String line, int index) {
        AttributedString shown = highlighter.highlight(null, line);
        assertEquals(line, shown.toString());
        return shown.styleAt(index);
    }

    @Test
    void aKnownVerbIsMarkedAsAVerb() {
        assertEquals(styles.verb(), styleAt("MAIL FROM:<alice@example.test>", 0));
    }

    @Test
    void anAddressInAngleBracketsIsMarked() {
        assertEquals(styles.address(), styleAt("RCPT TO:<bob@example.test>", 10));
    }

    @Test
    void anUnknownVerbIsAMistake() {
        assertEquals(styles.mistake(), styleAt("HELLO there", 0));
    }

    @Test
    void aMalformedAddressIsAMistake() {
        assertEquals(styles.mistake(), styleAt("MAIL FROM:<alice@>", 12));
    }

    @Test
    void tutorCommandsAreMarkedKnownOrNot() {
        assertEquals(styles.verb(), styleAt("/quit", 0));
        assertEquals(styles.mistake(), styleAt("/qiut", 0));
    }

    @Test
    void withoutColourNothingIsStyled() {
        SmtpHighlighter plain = new SmtpHighlighter(new Styles(false), new SlashCommands());
        assertEquals(AttributedStyle.DEFAULT, plain.highlight(null, "HELLO").styleAt(0));
        assertNotEquals(styles.mistake(), AttributedStyle.DEFAULT);
    }
}
