package dev.smtptutor.cli;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.sim.SessionObserver;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints sessions the way swaks users read them: " -> " what the client sent, "<-  " what the server
 * answered, "~>"/"<~" once TLS is on. AUTH answers are never printed, and control characters off the
 * wire are shown as \xNN, never written raw to the teacher's terminal. Lines go through a
 * {@link LogWriter}, so a session thread never waits for the terminal.
 */
final class TranscriptLog implements SessionObserver {

    private final LogWriter out;
    private final boolean lines;
    private final Set<Long> secure = ConcurrentHashMap.newKeySet();

    TranscriptLog(LogWriter out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void opened(long session, SocketAddress client) {
        out.line("[#" + session + "] === " + CliTexts.get("log.connection", java.util.Map.of("client", client)));
    }

    @Override
    public void received(long session, String line, boolean secret) {
        if (lines) {
            String shown = secret ? redact(line) : printable(line);
            out.line("[#" + session + "] " + (secure.contains(session) ? "~>" : " ->") + " " + shown);
        }
    }

    private static String redact(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length >= 2 && words[0].equalsIgnoreCase("AUTH")) {
            return printable(words[0]) + " " + printable(words[1]) + " ********";
        }
        return "********";
    }

    @Override
    public void sent(long session, Reply reply) {
        if (lines) {
            String prefix = "[#" + session + "] " + (secure.contains(session) ? "<~ " : "<- ") + " ";
            for (String line : reply.wireLines()) {
                out.line(prefix + printable(line));
            }
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        secure.add(session);
        out.line("[#" + session + "] === " + CliTexts.get("log.tls", java.util.Map.of("protocol", protocol,
                "cipher", cipherSuite)));
    }

    @Override
    public void closed(long session, String why) {
        secure.remove(session);
        out.line("[#" + session + "] === " + CliTexts.get("log.closed", java.util.Map.of("why", why)));
    }

    /** Control characters as \xNN; the common line, with none, is returned as it is. */
    static String printable(String text) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append("\\x").append(Character.toUpperCase(Character.forDigit(c >> 4 & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
