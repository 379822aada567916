package dev.smtptutor.shell;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for explanations, so a sentence never breaks in the middle of a word. */
final class TextWrap {

    private TextWrap() {}

    /**
     * The line cut at spaces into pieces of at most {@code width} columns; pieces after the first start
     * with {@code hanging} spaces. A width of 0 (unknown) or a word longer than the room leaves it whole.
     */
    static List<String> wrap(String line, int width, int hanging) {
        if (width <= hanging + 10 || line.length() <= width) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        String rest = line;
        String indent = "";
        while ((indent + rest).length() > width) {
            int room = width - indent.length();
            int cut = rest.lastIndexOf(' ', room);
            // Never leave the label alone on the first line: an overlong word then overflows instead.
            if (cut <= (out.isEmpty() ? hanging - 1 : 0)) {
                cut = rest.indexOf(' ', room);
                if (cut < 0) {
                    break;
                }
            }
            out.add(indent + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut + 1).stripLeading();
            indent = " ".repeat(hanging);
        }
        out.add(indent + rest);
        return out;
    }
}
