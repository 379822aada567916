package dev.smtptutor.shell;

import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line as it is typed: the verb, the addresses in angle brackets, and the first word in
 * red when it is no SMTP verb or the arguments break the grammar. Message text is left alone.
 */
final class SmtpHighlighter implements Highlighter {

    /** Compiled at the first line typed, not while the shell starts (a compile is milliseconds then). */
    private static final class Address {
        static final Pattern PATTERN = Pattern.compile("<[^<>]*>");
    }

    private final Styles styles;
    private final SlashCommands commands;

    SmtpHighlighter(Styles styles, SlashCommands commands) {
        this.styles = styles;
        this.commands = commands;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        // Past the longest line the shell sends, colour is not worth reading the whole line per key.
        if (!styles.colour() || buffer.isEmpty() || buffer.length() > TutorShell.LONGEST_LINE
                || buffer.contains("\n") || isMessageText(reader)) {
            return new AttributedString(buffer);
        }
        int end = buffer.indexOf(' ') < 0 ? buffer.length() : buffer.indexOf(' ');
        String first = buffer.substring(0, end);
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (first.startsWith("/")) {
            boolean known = commands.find(first.substring(1)).isPresent();
            out.styled(known ? styles.verb() : styles.mistake(), first);
            out.append(buffer.substring(end));
            return out.toAttributedString();
        }
        ParseResult parsed = CommandParser.parse(buffer);
        AttributedStyle verbStyle = parsed instanceof ParseResult.Unknown ? styles.mistake() : styles.verb();
        out.styled(verbStyle, first);
        String rest = buffer.substring(end);
        Matcher address = Address.PATTERN.matcher(rest);
        int at = 0;
        AttributedStyle restStyle = parsed instanceof ParseResult.Malformed && buffer.endsWith(">")
                ? styles.mistake() : AttributedStyle.DEFAULT;
        while (address.find()) {
            out.styled(restStyle, rest.substring(at, address.start()));
            out.styled(restStyle == AttributedStyle.DEFAULT ? styles.address() : restStyle, address.group());
            at = address.end();
        }
        out.styled(restStyle, rest.substring(at));
        return out.toAttributedString();
    }

    private static boolean isMessageText(LineReader reader) {
        return reader != null && "data> ".equals(reader.getVariable("smtp-tutor.prompt"));
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // not used: mistakes come from the SMTP grammar
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // not used
    }
}
