package dev.smtptutor.mail;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP reply as bounces quote it, however wrapped: "550 5.1.1 ...", "550-5.1.1 ...", Amazon SES's
 * "550-'5.7.1 ...'", Exchange's "#5.0.0 smtp;550 5.1.1 ...", qmail's "550 #5.1.0 ...". The text is what
 * follows the code; an enhanced code anywhere at its start (after a quote or "#") is put first, so that
 * {@link Reply#enhanced()} finds it.
 */
final class SmtpReplyText {

    private static final Pattern START = Pattern.compile("^\\s*(?:smtp;\\s*)?([2-5]\\d\\d)(?:[ -]+|(?=['\"#])|$)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENHANCED = Pattern.compile("^['\"#\\s(]*([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.]*\\d)['\")]?\\s*(.*)$",
            Pattern.DOTALL);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^['\"]+");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("['\"]+\\s*[.,;>)]?$");
    private static final Pattern HASHES = Pattern.compile("\\s*##+$");

    private SmtpReplyText() {}

    /** The reply at the start of the text, if it starts with a code. */
    static Optional<Reply> parse(String text) {
        Matcher m = START.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(m.group(1));
        String rest = unwrap(m.group(2));
        Matcher enhanced = ENHANCED.matcher(rest);
        if (enhanced.matches() && EnhancedStatusCode.parse(enhanced.group(1)).isPresent()) {
            return Optional.of(Reply.of(code, enhanced.group(1) + " " + unwrap(enhanced.group(2))));
        }
        return Optional.of(Reply.of(code, rest));
    }

    /** Quotes, "##" and trailing punctuation a bounce put around the reply taken off. */
    static String unwrap(String text) {
        String out = LEADING_QUOTES.matcher(WHITESPACE.matcher(text).replaceAll(" ").strip()).replaceAll("");
        out = HASHES.matcher(TRAILING_QUOTES.matcher(out).replaceAll("")).replaceAll("").strip();
        // Exchange's "<mx #5.1.1 smtp;550 ...>" and Sendmail's "(reason: 550 ...)" close around the reply.
        while (out.endsWith(")") && count(out, '(') < count(out, ')') || out.endsWith(">") && count(out, '<') < count(out, '>')) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
