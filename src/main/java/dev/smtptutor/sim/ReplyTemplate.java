package dev.smtptutor.sim;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.text.Spelling;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply written in a scenario file, e.g. {@code 451 4.7.1 <{address}>: Greylisted}. The text may
 * name {@code {address}} (the address the rule matched) and {@code {host}} (the server's name).
 */
public record ReplyTemplate(int code, Optional<EnhancedStatusCode> enhanced, String text) {

    /** What is wrong with a scenario file, in the reader's language (sim/messages, keys file.*). */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");


    public static final String ADDRESS = "{address}";
    public static final String HOST = "{host}";
    private static final List<String> PLACEHOLDERS = List.of(ADDRESS, HOST);

    // reply-line = code [SP [enhanced-code SP] text]; an enhanced code is class.subject.detail (RFC 3463 §2)
    private static final Pattern LINE = Pattern.compile("(\\d{3})(?: +(.*))?");
    private static final Pattern ENHANCED = Pattern.compile("(\\d)\\.(\\d{1,3})\\.(\\d{1,3})(?: +(.*))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    /**
     * Reads a reply as a scenario file writes it, {@code "451 4.7.1 Greylisted, try again later"}.
     *
     * @throws IllegalArgumentException with a message for the person who wrote it
     */
    public static ReplyTemplate parse(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException(WORDS.get("file.reply-lines"));
        }
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(WORDS.get("file.reply-no-code", "reply", line));
        }
        int code = Integer.parseInt(m.group(1));
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException(WORDS.get("file.reply-code", "code", code));
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        Optional<EnhancedStatusCode> enhanced = Optional.empty();
        Matcher e = ENHANCED.matcher(rest);
        if (e.matches()) {
            int codeClass = Integer.parseInt(e.group(1));
            String written = e.group(1) + "." + e.group(2) + "." + e.group(3);
            if (code / 100 == 3) {
                throw new IllegalArgumentException(WORDS.get("file.reply-enhanced-class",
                        Map.of("code", code, "enhanced", written)));
            }
            if (codeClass != code / 100) {
                throw new IllegalArgumentException(WORDS.get("file.reply-enhanced-mismatch",
                        Map.of("code", code, "enhanced", written, "digit", code / 100)));
            }
            enhanced = Optional.of(new EnhancedStatusCode(codeClass, Integer.parseInt(e.group(2)),
                    Integer.parseInt(e.group(3))));
            rest = e.group(4) == null ? "" : e.group(4);
        }
        Matcher p = PLACEHOLDER.matcher(rest);
        while (p.find()) {
            if (!PLACEHOLDERS.contains(p.group())) {
                throw new IllegalArgumentException(WORDS.get("file.reply-placeholder", Map.of("placeholder", p.group(),
                        "hint", Spelling.hint(p.group(), PLACEHOLDERS,
                                WORDS.get("file.reply-placeholders", "known", String.join(", ", PLACEHOLDERS))))));
            }
        }
        return new ReplyTemplate(code, enhanced, rest);
    }

    public Reply render(String address, String host) {
        String filled = text.replace(ADDRESS, address).replace(HOST, host);
        return enhanced.map(e -> Reply.of(code, e.toString(), filled)).orElseGet(() -> Reply.of(code, filled));
    }

    /** RFC 5321 §3.8: 421 means the server is closing the connection. */
    public boolean closesConnection() {
        return code == 421;
    }

    @Override
    public String toString() {
        return code + enhanced.map(e -> " " + e).orElse("") + (text.isEmpty() ? "" : " " + text);
    }
}
