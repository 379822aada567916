package dev.smtptutor.protocol;

import java.util.List;
import java.util.Locale;

/**
 * One service extension announced in an EHLO reply: keyword and parameters
 * (RFC 5321 §4.1.1.1: ehlo-line = ehlo-keyword *( SP ehlo-param )).
 */
public record Extension(String keyword, List<String> params) {

    public Extension {
        keyword = keyword.toUpperCase(Locale.ROOT);
        params = List.copyOf(params);
    }

    public static Extension parse(String ehloLine) {
        String[] words = ehloLine.strip().split("\\s+");
        return new Extension(words[0], List.of(words).subList(1, words.length));
    }

    @Override
    public String toString() {
        return params.isEmpty() ? keyword : keyword + " " + String.join(" ", params);
    }
}
