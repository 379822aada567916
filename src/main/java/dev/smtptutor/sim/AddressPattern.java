package dev.smtptutor.sim;

import java.util.regex.Pattern;

/**
 * A shell-style address pattern from a scenario file: {@code *} matches any run of characters,
 * {@code ?} one character, everything else itself, ignoring case. {@code "*@gmail.example"},
 * {@code "bounce*@*"}, {@code "bob@example.test"}.
 */
public record AddressPattern(String glob) {

    /** Each glob compiled once: a rule's pattern is matched at every RCPT of every session. */
    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean matches(String address) {
        return COMPILED.computeIfAbsent(glob, AddressPattern::regex).matcher(address).matches();
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return glob;
    }
}
