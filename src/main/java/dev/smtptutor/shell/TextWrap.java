package dev.smtptutor.shell;

import dev.smtptutor.text.DisplayWidth;
import java.util.List;

/** Word wrapping for explanations, so a sentence never breaks in the middle of a word. */
final class TextWrap {

    private TextWrap() {}

    /**
     * The line cut at spaces (or between Chinese characters) into pieces of at most {@code width}
     * terminal columns; pieces after the first start with {@code hanging} spaces. A width of 0 (unknown)
     * or a word longer than the room leaves it whole.
     */
    static List<String> wrap(String line, int width, int hanging) {
        return DisplayWidth.wrap(line, width, hanging);
    }
}
