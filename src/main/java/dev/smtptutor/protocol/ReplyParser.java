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

    /**
     * The line is not a valid reply line; the partial reply, if any, is dropped.
     *
     * @param line      the line as received
     * @param problem   what is wrong with it; the words for it are {@link Problem#key()}
     * @param firstCode for {@link Problem#CODE_CHANGED}: the code the reply began with (else 0)
     * @param code      for {@link Problem#CODE_CHANGED}: the code of this line (else 0)
     */
    public record Malformed(String line, Problem problem, int firstCode, int code) implements Result {
        Malformed(String line, Problem problem) {
            this(line, problem, 0, 0);
        }

        /** The values its words name, for whoever shows them: {@code {first}} and {@code {code}}. */
        public java.util.Map<String, Object> wordValues() {
            return java.util.Map.of("first", firstCode, "code", code);
        }
    }

    /**
     * Why a line is not a reply line (RFC 5321 §4.2). The sentences a person reads live in
     * {@code dev/smtptutor/protocol/words.properties} under {@link #key()}, with the placeholders
     * {@code {first}} and {@code {code}} for {@link #CODE_CHANGED}.
     */
    public enum Problem {
        /** Shorter than a three-digit code. */
        NO_CODE,
        /** The first three characters are not a code from 200 to 599. */
        CODE_OUT_OF_RANGE,
        /** After the code comes neither a space nor a hyphen. */
        BAD_SEPARATOR,
        /** A multi-line reply changed its code half-way (§4.2.1: every line carries the same code). */
        CODE_CHANGED,
        /** The text ended while a multi-line reply was still open. */
        UNFINISHED;

        /** "reply-line.CODE_CHANGED". */
        public String key() {
            return "reply-line." + name();
        }
    }

    private final List<String> pending = new ArrayList<>();
    private int pendingCode;

    public Result accept(String line) {
        Problem problem = problemWith(line);
        if (problem != null) {
            reset();
            return new Malformed(line, problem);
        }
        int code = Integer.parseInt(line.substring(0, 3));
        if (!pending.isEmpty() && code != pendingCode) {
            Malformed changed = new Malformed(line, Problem.CODE_CHANGED, pendingCode, code);
            reset();
            return changed;
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

    private static Problem problemWith(String line) {
        if (line.length() < 3) {
            return Problem.NO_CODE;
        }
        char c0 = line.charAt(0);
        if (c0 < '2' || c0 > '5' || !Character.isDigit(line.charAt(1)) || !Character.isDigit(line.charAt(2))) {
            return Problem.CODE_OUT_OF_RANGE;
        }
        if (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
            return Problem.BAD_SEPARATOR;
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
            problems.add(new Malformed("", Problem.UNFINISHED));
        }
        return new ParsedText(List.copyOf(replies), List.copyOf(problems));
    }

    /** The replies found in a text and the lines that were not replies. */
    public record ParsedText(List<Reply> replies, List<Malformed> problems) {}
}
