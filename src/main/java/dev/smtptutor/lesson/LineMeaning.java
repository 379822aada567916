package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.Verb;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two typed lines mean the same to an SMTP server: {@code MAIL FROM: <a@b>} and
 * {@code mail from:<a@b>} do. Used to recognise a lesson's known mistakes and the lines of its solution
 * in what the learner typed.
 */
final class LineMeaning {

    private LineMeaning() {}

    // RFC 4954 §4 auth-command = "AUTH" SP sasl-mech [SP initial-response]: the response is masked in
    // every record, so a line is compared as a transcript shows it.
    private static final Pattern AUTH_RESPONSE = Pattern.compile("^(\\s*AUTH\\s+\\S+\\s+)\\S.*$",
            Pattern.CASE_INSENSITIVE);

    static boolean same(String typed, String other) {
        ParseResult a = CommandParser.parse(masked(typed));
        ParseResult b = CommandParser.parse(masked(other));
        if (a instanceof ParseResult.Parsed pa && b instanceof ParseResult.Parsed pb) {
            return key(pa.command()).equals(key(pb.command()));
        }
        if (a instanceof ParseResult.Unknown ua && b instanceof ParseResult.Unknown ub) {
            return ua.word().equalsIgnoreCase(ub.word());
        }
        if (a instanceof ParseResult.Malformed ma && b instanceof ParseResult.Malformed mb) {
            // Broken lines have no meaning to compare; the same words, whatever their case and spacing, will do.
            return ma.verb() == mb.verb() && normalised(typed).equals(normalised(other));
        }
        return false;
    }

    private static String normalised(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String masked(String line) {
        Matcher auth = AUTH_RESPONSE.matcher(line);
        return auth.matches() ? auth.group(1) + Exchange.MASK : line;
    }

    /** What the server acts on: the verb, the address, the parameters, or the argument. */
    private static String key(Command command) {
        if (command.path().isPresent()) {
            Map<String, String> parameters = new TreeMap<>();
            command.parameters().forEach((k, v) -> parameters.put(k, v.toLowerCase(Locale.ROOT)));
            return command.verb() + " " + command.path().get().address().toLowerCase(Locale.ROOT) + " " + parameters;
        }
        String argument = command.argument().strip().replaceAll("\\s+", " ");
        if (command.verb() == Verb.AUTH) {
            // A recorded AUTH line has its credentials masked: the mechanism, and whether a response
            // came with it, are all that can be compared.
            String[] words = argument.split(" ", 2);
            return "AUTH " + words[0].toUpperCase(Locale.ROOT) + (words.length > 1 ? " +response" : "");
        }
        return command.verb() + " " + argument.toLowerCase(Locale.ROOT);
    }
}
