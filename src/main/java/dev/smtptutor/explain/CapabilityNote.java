package dev.smtptutor.explain;

import java.util.List;

/**
 * One line of an EHLO reply (RFC 5321 §4.1.1.1: ehlo-keyword *(SP ehlo-param)), explained.
 *
 * @param keyword     the extension keyword, upper case
 * @param params      its parameters, as sent
 * @param explanation what it offers, in plain words (for an unknown keyword: that it is unknown)
 * @param known       false when the tutor does not know the keyword
 */
public record CapabilityNote(String keyword, List<String> params, String explanation, boolean known) {

    public CapabilityNote {
        params = List.copyOf(params);
    }

    /** The line as the server wrote it: keyword and parameters. */
    public String line() {
        return params.isEmpty() ? keyword : keyword + " " + String.join(" ", params);
    }
}
