package dev.smtptutor.web;

import java.time.Instant;
import java.util.List;

/**
 * One step of a transcript.
 *
 * @param at          when it happened
 * @param side        who sent it
 * @param lines       the text: a command line (secrets masked), a reply's lines, or an event's words
 * @param tls         true when it travelled encrypted
 * @param code        a reply's code, else 0
 * @param explanation a reply explained in words; empty for anything else
 */
public record TranscriptLine(Instant at, Side side, List<String> lines, boolean tls, int code, List<String> explanation) {

    public enum Side {
        CLIENT, SERVER,
        /** Something that happened to the connection: opened, TLS started, closed. */
        EVENT,
        /** The moment TLS took over the connection (RFC 3207); later lines are encrypted. */
        TLS_START
    }

    public TranscriptLine {
        lines = List.copyOf(lines);
        explanation = List.copyOf(explanation);
    }
}
