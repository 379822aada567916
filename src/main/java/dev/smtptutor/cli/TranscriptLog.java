package dev.smtptutor.cli;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.sim.SessionObserver;
import java.io.PrintStream;
import java.net.SocketAddress;

/**
 * Prints sessions the way swaks users read them: " -> " what the client sent, "<-  " what the server
 * answered, "~>"/"<~" once TLS is on. AUTH answers are never printed.
 */
final class TranscriptLog implements SessionObserver {

    private final PrintStream out;
    private final boolean lines;
    private final java.util.Set<Long> secure = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TranscriptLog(PrintStream out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void opened(long session, SocketAddress client) {
        out.printf("[#%d] === %s%n", session, CliTexts.get("log.connection", java.util.Map.of("client", client)));
    }

    @Override
    public void received(long session, String line, boolean secret) {
        if (lines) {
            String shown = secret ? redact(line) : line;
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

    @Override
    public void sent(long session, Reply reply) {
        if (lines) {
            String arrow = secure.contains(session) ? "<~ " : "<- ";
            for (String line : reply.wireLines()) {
                out.printf("[#%d] %s %s%n", session, arrow, line);
            }
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        secure.add(session);
        out.printf("[#%d] === %s%n", session, CliTexts.get("log.tls", java.util.Map.of("protocol", protocol,
                "cipher", cipherSuite)));
    }

    @Override
    public void closed(long session, String why) {
        secure.remove(session);
        out.printf("[#%d] === %s%n", session, CliTexts.get("log.closed", java.util.Map.of("why", why)));
    }
}
