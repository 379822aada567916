package dev.smtptutor.mail;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SMTP replies quoted in the prose of a bounce: whole reply lines ("550-5.1.1 The email account
 * ..."), and replies quoted inside a sentence ("host mx said: 550 5.1.1 ...", "Remote Server returned
 * '550 5.1.10 RESOLVER...'"). Inside a sentence a number only counts as a reply when an enhanced status
 * code follows it or a word such as "said" or "returned" comes before it, so "250 people" is no reply.
 */
final class ReplyFinder {

    private static final Pattern LINE_START = Pattern.compile("[2-5]\\d\\d([ -].*)?");
    private static final Pattern WITH_ENHANCED = Pattern.compile(
            "(?<![\\w./:@-])([2-5]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}(?:\\s.*|$))");
    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?i)\\b(?:said|returned|response(?: was)?|reply(?: was)?|answered|error(?: was)?)\\s*:?\\s*['\"]?"
                    + "([2-5]\\d\\d(?:[ -].*|$))");
    // Postfix: "... (in reply to RCPT TO command)", "(in reply to end of DATA command)".
    private static final Pattern IN_REPLY_TO = Pattern.compile("(?i)\\s*\\(in reply to (.+?) command\\)\\s*$");

    private ReplyFinder() {}

    /**
     * The replies in a text, in order.
     *
     * @param where how to name a line for the reader, e.g. "line {line} of the text"
     */
    static List<FoundReply> find(String text, String where) {
        List<FoundReply> found = new ArrayList<>();
        ReplyParser block = new ReplyParser();
        int blockStart = 0;
        for (Line line : logicalLines(text)) {
            String content = line.text().strip();
            if (LINE_START.matcher(content).matches()) {
                blockStart = block.inProgress() ? blockStart : line.number();
                Quoted quoted = quoted(content);
                if (block.accept(quoted.text()) instanceof ReplyParser.Complete complete) {
                    found.add(new FoundReply(complete.reply(), at(where, blockStart), quoted.answering()));
                }
                continue;
            }
            block.reset();
            inSentence(content).ifPresent(quoted -> found.add(new FoundReply(
                    Reply.of(Integer.parseInt(quoted.text().substring(0, 3)), rest(quoted.text())),
                    at(where, line.number()), quoted.answering())));
        }
        return found;
    }

    private static String at(String where, int line) {
        return where.replace("{line}", String.valueOf(line));
    }

    /** A reply quoted inside a line of prose, if there is one. */
    static Optional<Quoted> inSentence(String line) {
        Matcher cue = AFTER_CUE.matcher(line);
        if (cue.find()) {
            return Optional.of(quoted(cue.group(1)));
        }
        Matcher enhanced = WITH_ENHANCED.matcher(line);
        return enhanced.find() ? Optional.of(quoted(enhanced.group(1))) : Optional.empty();
    }

    /** Text of a reply and what it answered, with the bounce's own wrapping taken off. */
    record Quoted(String text, Optional<String> answering) {}

    static Quoted quoted(String text) {
        String reply = text.strip();
        Optional<String> answering = Optional.empty();
        Matcher inReplyTo = IN_REPLY_TO.matcher(reply);
        if (inReplyTo.find()) {
            answering = Optional.of(inReplyTo.group(1).strip());
            reply = reply.substring(0, inReplyTo.start());
        }
        // Exchange quotes the reply in '...'; older Exchange ends it with "##".
        reply = reply.replaceAll("['\"]+\\s*[.,;]?$", "").replaceAll("\\s*##+$", "").strip();
        return new Quoted(reply, answering);
    }

    /** The text after the code and its separator. */
    private static String rest(String reply) {
        return reply.length() > 4 ? reply.substring(4).strip() : "";
    }

    /** A line of prose and the number of the line of text it starts on (from 1). */
    record Line(int number, String text) {}

    /**
     * Lines of prose, with indented continuation lines joined to the line they continue (Postfix wraps
     * long lines of its bounce text that way), unless the indented line is itself a reply line.
     */
    static List<Line> logicalLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\\r?\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean continuation = previous != null && !previous.text().isBlank() && !line.isBlank()
                    && Character.isWhitespace(line.charAt(0)) && !LINE_START.matcher(line.strip()).matches();
            if (continuation) {
                out.set(out.size() - 1, new Line(previous.number(), previous.text().stripTrailing() + " " + line.strip()));
            } else {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }
}
