package dev.smtptutor.cli;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.shell.Messages;
import dev.smtptutor.sim.SessionObserver;
import java.io.PrintStream;
import java.net.SocketAddress;

/**
 * Prints sessions the way swaks users read them: " -> " what the client sent, "<-  " what the server
 * answered, "~>"/"<~" once TLS is on. AUTH answers are never printed.
 */
public final class TranscriptLog implements SessionObserver {

    private final PrintStream out;
    private final boolean lines;
    /** Lines of message text logged per message; the rest are counted, not printed. */
    static final int BODY_LINES_LOGGED = 20;
    /** Characters logged of any one line: a client may send a 16 KB line; the teacher needs its start. */
    static final int LINE_CHARS_LOGGED = 200;

    private final java.util.Set<Long> secure = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Sessions inside a message (after 354), with the number of its lines received so far. */
    private final java.util.Map<Long, Long> bodyLines = new java.util.concurrent.ConcurrentHashMap<>();

    public TranscriptLog(PrintStream out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void opened(long session, SocketAddress client) {
        out.printf("[#%d] === connection from %s%n", session, client);
    }

    @Override
    public void received(long session, String line, boolean secret) {
        // A message's text is logged up to BODY_LINES_LOGGED lines: one refused 300 MB message must
        // not become 300 MB of log.
        Long inBody = bodyLines.computeIfPresent(session, (id, count) -> count + 1);
        if (lines && (inBody == null || inBody <= BODY_LINES_LOGGED)) {
            // A client may send escape sequences to the teacher's terminal: shown, never obeyed.
            String shown = UntrustedText.visible(shorten(secret ? redact(line) : line));
            out.printf("[#%d] %s %s%n", session, secure.contains(session) ? "~>" : " ->", shown);
        }
    }

    private static String redact(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length >= 2 && words[0].equalsIgnoreCase("AUTH")) {
            return words[0] + " " + words[1] + " ********";
        }
        return "********";
    }

    private static String shorten(String line) {
        return line.length() <= LINE_CHARS_LOGGED ? line
                : line.substring(0, LINE_CHARS_LOGGED) + Messages.get("serve.line-cut", "count", line.length());
    }

    @Override
    public void sent(long session, Reply reply) {
        Long body = bodyLines.remove(session);
        if (lines && body != null && body > BODY_LINES_LOGGED) {
            out.printf("[#%d]  -> %s%n", session, Messages.get("serve.body-cut", "count", body - BODY_LINES_LOGGED));
        }
        if (reply.code() == 354) {
            bodyLines.put(session, 0L);
        }
        if (lines) {
            String arrow = secure.contains(session) ? "<~ " : "<- ";
            for (String line : reply.wireLines()) {
                out.printf("[#%d] %s %s%n", session, arrow, UntrustedText.visible(line));
            }
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        secure.add(session);
        out.printf("[#%d] === TLS started: %s, %s%n", session, protocol, cipherSuite);
    }

    @Override
    public void closed(long session, String why) {
        secure.remove(session);
        bodyLines.remove(session);
        out.printf("[#%d] === closed: %s%n", session, UntrustedText.visible(why));
    }
}
