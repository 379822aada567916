package dev.smtptutor.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles replies from lines as they arrive (RFC 5321 §4.2.1): "250-..." continues a reply,
 * "250 ..." (or a bare "250") ends it, and every line of one reply must carry the same code.
 * Feed it one line at a time; it never reads a stream itself.
 */
public final class ReplyParser {

    /** What one line did to the reply being assembled. */
    public sealed interface Result permits Incomplete, Complete, Malformed {}

    /** The line continued a multi-line reply; more lines are needed. */
    public record Incomplete() implements Result {}

    /** The line ended a reply. */
    public record Complete(Reply reply) implements Result {}

    /** The line is not a valid reply line; the partial reply, if any, is dropped. */
    public record Malformed(String line, String why) implements Result {}

    private final List<String> pending = new ArrayList<>();
    private int pendingCode;

    public Result accept(String line) {
        String why = problemWith(line);
        if (why != null) {
            reset();
            return new Malformed(line, why);
        }
        int code = Integer.parseInt(line.substring(0, 3));
        if (!pending.isEmpty() && code != pendingCode) {
            String changed = "the code changed from " + pendingCode + " to " + code + " in the middle of a multi-line reply";
            reset();
            return new Malformed(line, changed);
        }
        pendingCode = code;
        pending.add(line.length() > 4 ? line.substring(4) : "");
        boolean last = line.length() == 3 || line.charAt(3) == ' ';
        if (!last) {
            return new Incomplete();
        }
        Reply reply = new Reply(code, pending);
        reset();
        return new Complete(reply);
    }

    /** True while a multi-line reply has started but not ended. */
    public boolean inProgress() {
        return !pending.isEmpty();
    }

    public void reset() {
        pending.clear();
        pendingCode = 0;
    }

    private static String problemWith(String line) {
        if (line.length() < 3) {
            return "a reply line starts with a three-digit code";
        }
        char c0 = line.charAt(0);
        if (c0 < '2' || c0 > '5' || !Character.isDigit(line.charAt(1)) || !Character.isDigit(line.charAt(2))) {
            return "a reply line starts with a three-digit code from 200 to 599";
        }
        if (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
            return "after the code comes a space (last line) or a hyphen (more lines follow)";
        }
        return null;
    }

    /** Parses a block of text in wire form into the replies it holds. */
    public static ParsedText parseAll(String text) {
        ReplyParser parser = new ReplyParser();
        List<Reply> replies = new ArrayList<>();
        List<Malformed> problems = new ArrayList<>();
        for (String raw : text.split("\\r?\\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Result result = parser.accept(line);
            if (result instanceof Complete complete) {
                replies.add(complete.reply());
            } else if (result instanceof Malformed malformed) {
                problems.add(malformed);
            }
        }
        if (parser.inProgress()) {
            problems.add(new Malformed("", "the text ends in the middle of a multi-line reply"));
        }
        return new ParsedText(List.copyOf(replies), List.copyOf(problems));
    }

    /** The replies found in a text and the lines that were not replies. */
    public record ParsedText(List<Reply> replies, List<Malformed> problems) {}
}
