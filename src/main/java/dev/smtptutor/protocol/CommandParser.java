package dev.smtptutor.protocol;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one command line (without its CRLF) by the grammar of RFC 5321 §4.1.1, with the
 * extensions' additions: STARTTLS (RFC 3207 §4), AUTH (RFC 4954 §4), BDAT (RFC 3030 §2).
 *
 * <p>Like Postfix with {@code smtpd_strict_rfc821_envelopes = no} (its default), it accepts a space
 * after the colon ({@code MAIL FROM: <a@b>}) and a path without angle brackets; both are common in
 * hand-typed sessions and every major server takes them.
 */
public final class CommandParser {

    /**
     * The argument shapes of AUTH, BDAT and the ESMTP parameters, compiled when a command first needs them:
     * a shell's first commands (EHLO, QUIT) do not, and the first patterns a JVM compiles cost milliseconds.
     * Compiled once all the same: every command of every session goes through here (String.split and
     * String.matches would compile their pattern again at each call).
     */
    private static final class Shapes {
        static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
        static final java.util.regex.Pattern MECHANISM = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,20}");
        static final java.util.regex.Pattern BDAT_ARGUMENT = java.util.regex.Pattern.compile("\\d{1,18}(\\s+(?i:LAST))?");
        static final java.util.regex.Pattern ESMTP_KEYWORD = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    }

    private CommandParser() {}

    public static ParseResult parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return new ParseResult.Malformed(null, SyntaxProblem.EMPTY_LINE);
        }
        int space = indexOfWhitespace(trimmed);
        String word = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
        Optional<Verb> verb = Verb.of(word);
        if (verb.isEmpty()) {
            return new ParseResult.Unknown(word);
        }
        return switch (verb.get()) {
            case EHLO -> needsArgument(Verb.EHLO, rest, SyntaxProblem.EHLO_NEEDS_DOMAIN);
            case HELO -> needsArgument(Verb.HELO, rest, SyntaxProblem.HELO_NEEDS_DOMAIN);
            case MAIL -> parseEnvelope(Verb.MAIL, rest, "FROM:");
            case RCPT -> parseEnvelope(Verb.RCPT, rest, "TO:");
            case DATA -> noArgument(Verb.DATA, rest, SyntaxProblem.DATA_TAKES_NO_ARGUMENT);
            case RSET -> noArgument(Verb.RSET, rest, SyntaxProblem.RSET_TAKES_NO_ARGUMENT);
            case QUIT -> noArgument(Verb.QUIT, rest, SyntaxProblem.QUIT_TAKES_NO_ARGUMENT);
            case STARTTLS -> noArgument(Verb.STARTTLS, rest, SyntaxProblem.STARTTLS_TAKES_NO_ARGUMENT);
            case VRFY -> needsArgument(Verb.VRFY, rest, SyntaxProblem.VRFY_NEEDS_ARGUMENT);
            case EXPN -> needsArgument(Verb.EXPN, rest, SyntaxProblem.EXPN_NEEDS_ARGUMENT);
            case AUTH -> parseAuth(rest);
            case BDAT -> parseBdat(rest);
            case NOOP, HELP -> parsed(verb.get(), rest);
        };
    }

    private static ParseResult needsArgument(Verb verb, String rest, SyntaxProblem problem) {
        return rest.isEmpty() ? new ParseResult.Malformed(verb, problem) : parsed(verb, rest);
    }

    private static ParseResult noArgument(Verb verb, String rest, SyntaxProblem problem) {
        return rest.isEmpty() ? parsed(verb, rest) : new ParseResult.Malformed(verb, problem);
    }

    private static ParseResult parsed(Verb verb, String argument) {
        return new ParseResult.Parsed(Command.of(verb, argument));
    }

    /** auth-command = "AUTH" SP sasl-mech [SP initial-response] (RFC 4954 §4) */
    private static ParseResult parseAuth(String rest) {
        String[] words = Shapes.WHITESPACE.split(rest);
        if (rest.isEmpty() || words.length > 2 || !Shapes.MECHANISM.matcher(words[0]).matches()) {
            return new ParseResult.Malformed(Verb.AUTH, SyntaxProblem.AUTH_SYNTAX);
        }
        return parsed(Verb.AUTH, rest);
    }

    /** bdat-cmd = "BDAT" SP chunk-size [ SP end-marker ] (RFC 3030 §2) */
    private static ParseResult parseBdat(String rest) {
        if (!Shapes.BDAT_ARGUMENT.matcher(rest).matches()) {
            return new ParseResult.Malformed(Verb.BDAT, SyntaxProblem.BDAT_SYNTAX);
        }
        return parsed(Verb.BDAT, rest);
    }

    /**
     * mail = "MAIL FROM:" Reverse-path [SP Mail-parameters];
     * rcpt = "RCPT TO:" ( "&lt;Postmaster@" Domain "&gt;" / "&lt;Postmaster&gt;" / Forward-path ) [SP Rcpt-parameters]
     */
    private static ParseResult parseEnvelope(Verb verb, String rest, String keyword) {
        SyntaxProblem grammar = verb == Verb.MAIL ? SyntaxProblem.MAIL_SYNTAX : SyntaxProblem.RCPT_SYNTAX;
        SyntaxProblem badAddress = verb == Verb.MAIL
                ? SyntaxProblem.BAD_SENDER_ADDRESS : SyntaxProblem.BAD_RECIPIENT_ADDRESS;
        if (!rest.regionMatches(true, 0, keyword, 0, keyword.length())) {
            return new ParseResult.Malformed(verb, grammar);
        }
        String afterKeyword = rest.substring(keyword.length()).stripLeading();
        if (afterKeyword.isEmpty()) {
            return new ParseResult.Malformed(verb, grammar);
        }
        int pathEnd = afterKeyword.startsWith("<") ? closingBracket(afterKeyword) : endOfWord(afterKeyword);
        if (pathEnd < 0) {
            return new ParseResult.Malformed(verb, badAddress);
        }
        String rawPath = afterKeyword.substring(0, pathEnd);
        String tail = afterKeyword.substring(pathEnd).strip();
        Optional<Path> path = parsePath(verb, rawPath);
        if (path.isEmpty()) {
            return new ParseResult.Malformed(verb, badAddress);
        }
        Optional<Map<String, String>> params = parseParameters(tail);
        if (params.isEmpty()) {
            return new ParseResult.Malformed(verb, SyntaxProblem.BAD_PARAMETER_SYNTAX);
        }
        return new ParseResult.Parsed(new Command(verb, afterKeyword, path, params.get()));
    }

    private static Optional<Path> parsePath(Verb verb, String raw) {
        String inner = raw.startsWith("<") ? raw.substring(1, raw.length() - 1) : raw;
        if (inner.length() > AddressSyntax.MAX_PATH) {
            return Optional.empty();
        }
        // RFC 5321 §4.1.2 A-d-l: a source route "@one,@two:" must be accepted and ignored (Appendix C).
        if (inner.startsWith("@")) {
            int colon = inner.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            inner = inner.substring(colon + 1);
        }
        if (inner.isEmpty()) {
            // The null path is a valid reverse-path only (RFC 5321 §4.5.5); RCPT TO:<> is an error.
            return verb == Verb.MAIL ? Optional.of(Path.NULL) : Optional.empty();
        }
        if (verb == Verb.RCPT && inner.equalsIgnoreCase("postmaster")) {
            return Optional.of(new Path(inner)); // RFC 5321 §4.1.1.3: "<Postmaster>" without a domain
        }
        return AddressSyntax.isMailbox(inner) ? Optional.of(new Path(inner)) : Optional.empty();
    }

    /** esmtp-param = esmtp-keyword ["=" esmtp-value]; esmtp-value = 1*(%d33-60 / %d62-126), or UTF-8 */
    private static Optional<Map<String, String>> parseParameters(String tail) {
        Map<String, String> params = new LinkedHashMap<>();
        if (tail.isEmpty()) {
            return Optional.of(params);
        }
        for (String param : Shapes.WHITESPACE.split(tail)) {
            int eq = param.indexOf('=');
            String keyword = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (!Shapes.ESMTP_KEYWORD.matcher(keyword).matches() || (eq >= 0 && !isEsmtpValue(value))) {
                return Optional.empty();
            }
            String key = keyword.toUpperCase(Locale.ROOT);
            if (params.containsKey(key)) {
                return Optional.empty();
            }
            params.put(key, value);
        }
        return Optional.of(params);
    }

    private static boolean isEsmtpValue(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> (c >= 33 && c <= 126 && c != '=') || c >= 0x80);
    }

    /** Index just past the '>' that closes the path, skipping quoted strings; -1 when unclosed. */
    private static int closingBracket(String s) {
        boolean quoted = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int endOfWord(String s) {
        int ws = indexOfWhitespace(s);
        return ws < 0 ? s.length() : ws;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
