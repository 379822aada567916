package dev.smtptutor.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One SMTP reply: a three-digit code and one or more lines of text (RFC 5321 §4.2).
 * {@code lines} hold the text after the code and its separator, exactly as on the wire, so an
 * enhanced status code (RFC 3463 / RFC 2034 §4) stays at the start of every line it was sent on.
 */
public record Reply(int code, List<String> lines) {

    public Reply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("SMTP reply codes are 200..599: " + code);
        }
        lines = lines == null || lines.isEmpty() ? List.of("") : List.copyOf(lines);
    }

    /** A one-line reply without enhanced status code, e.g. the 220 banner. */
    public static Reply of(int code, String text) {
        return new Reply(code, List.of(text));
    }

    /** A reply whose every line carries the enhanced status code, as Postfix writes them. */
    public static Reply of(int code, String enhanced, String... texts) {
        List<String> lines = new ArrayList<>(texts.length);
        for (String text : texts) {
            lines.add(enhanced + " " + text);
        }
        return new Reply(code, lines);
    }

    /** A multi-line reply whose lines carry no enhanced code, like the EHLO capability list. */
    public static Reply multiline(int code, List<String> lines) {
        return new Reply(code, lines);
    }

    public ReplyClass replyClass() {
        return ReplyClass.of(code);
    }

    public boolean isPositive() {
        return code < 400;
    }

    public boolean isMultiline() {
        return lines.size() > 1;
    }

    /** The enhanced status code at the start of the first line, if the server sent one. */
    public Optional<EnhancedStatusCode> enhanced() {
        return EnhancedStatusCode.atStartOf(lines.get(0));
    }

    /** The text of the lines without any leading enhanced status code, joined with newlines. */
    public String text() {
        return lines.stream().map(Reply::withoutEnhancedCode).collect(Collectors.joining("\n"));
    }

    /** The same reply with the enhanced status code taken off every line (RFC 2034: a server that does not offer them). */
    public Reply withoutEnhancedCodes() {
        return new Reply(code, lines.stream().map(Reply::withoutEnhancedCode).toList());
    }

    /** The text of the first line, without any enhanced status code. */
    public String firstLineText() {
        return withoutEnhancedCode(lines.get(0));
    }

    private static String withoutEnhancedCode(String line) {
        return EnhancedStatusCode.atStartOf(line)
                .map(esc -> line.substring(Math.min(line.length(), esc.toString().length() + 1)))
                .orElse(line);
    }

    /** The reply in wire form: "250-first", ..., "250 last", each ended by CRLF (RFC 5321 §4.2.1). */
    public String toWire() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(code).append(i == lines.size() - 1 ? ' ' : '-').append(lines.get(i)).append("\r\n");
        }
        return out.toString();
    }

    public byte[] toBytes() {
        return toWire().getBytes(StandardCharsets.UTF_8);
    }

    /** The wire lines without their CRLF, for display. */
    public List<String> wireLines() {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(code + (i == lines.size() - 1 ? " " : "-") + lines.get(i));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", wireLines());
    }
}
