package dev.smtptutor.cli;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.shell.Messages;
import dev.smtptutor.sim.SessionObserver;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints sessions the way swaks users read them: " -> " what the client sent, "<-  " what the server
 * answered, "~>"/"<~" once TLS is on. AUTH answers are never printed, and control characters off the
 * wire are shown escaped ({@link UntrustedText}), never written raw to the teacher's terminal. Lines go
 * through a {@link LogWriter}, so a session thread never waits for the terminal.
 */
public final class TranscriptLog implements SessionObserver {

    /** Lines of message text logged per message; the rest are counted, not printed. */
    static final int BODY_LINES_LOGGED = 20;
    /** Characters logged of any one line: a client may send a 16 KB line; the teacher needs its start. */
    static final int LINE_CHARS_LOGGED = 200;

    private final LogWriter out;
    private final boolean lines;
    private final Set<Long> secure = ConcurrentHashMap.newKeySet();
    /** Sessions inside a message (after 354), with the number of its lines received so far. */
    private final Map<Long, Long> bodyLines = new ConcurrentHashMap<>();

    public TranscriptLog(LogWriter out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void opened(long session, SocketAddress client) {
        out.line("[#" + session + "] === " + CliTexts.get("log.connection", Map.of("client", client)));
    }

    @Override
    public void received(long session, String line, boolean secret) {
        // A message's text is logged up to BODY_LINES_LOGGED lines: one refused 300 MB message must
        // not become 300 MB of log.
        Long inBody = bodyLines.computeIfPresent(session, (id, count) -> count + 1);
        if (lines && (inBody == null || inBody <= BODY_LINES_LOGGED)) {
            // A client may send escape sequences to the teacher's terminal: shown, never obeyed.
            String shown = UntrustedText.visible(shorten(secret ? redact(line) : line));
            out.line("[#" + session + "] " + (secure.contains(session) ? "~>" : " ->") + " " + shown);
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
            out.line("[#" + session + "]  -> " + Messages.get("serve.body-cut", "count", body - BODY_LINES_LOGGED));
        }
        if (reply.code() == 354) {
            bodyLines.put(session, 0L);
        }
        if (lines) {
            String prefix = "[#" + session + "] " + (secure.contains(session) ? "<~ " : "<- ") + " ";
            for (String line : reply.wireLines()) {
                out.line(prefix + UntrustedText.visible(line));
            }
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        secure.add(session);
        out.line("[#" + session + "] === " + CliTexts.get("log.tls", Map.of("protocol", protocol,
                "cipher", cipherSuite)));
    }

    @Override
    public void closed(long session, String why) {
        secure.remove(session);
        bodyLines.remove(session);
        out.line("[#" + session + "] === " + CliTexts.get("log.closed", Map.of("why", UntrustedText.visible(why))));
    }
}
