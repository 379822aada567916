package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.BareLineEnds;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.DotStuffing;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.PipelineGroups;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends what the learner typed to the server exactly as typed, and follows up on the replies that
 * change the mode of the shell: 354 opens the message editor, a finished STARTTLS shows the
 * certificate, 221 ends the connection.
 */
final class SmtpLineHandler {

    private final ShellSession session;

    SmtpLineHandler(ShellSession session) {
        this.session = session;
    }

    /** One or more lines (a paste arrives as one buffer with newlines). */
    void send(String input) {
        List<String> lines = splitLines(input);
        if (lines.isEmpty()) {
            return;
        }
        Optional<Link> link = session.openLinkOrExplain();
        if (link.isEmpty()) {
            return;
        }
        Conversation conversation = link.get().conversation();
        try {
            synchronized (session.lock()) {
                if (lines.size() == 1) {
                    sendOne(conversation, lines.get(0), false);
                } else {
                    sendMany(conversation, lines);
                }
            }
        } catch (ConnectionException e) {
            session.showProblem(e);
            if (e.problem().isCertificateProblem()) {
                session.out().hint(Messages.get("tls.insecure-offer"));
            }
        }
        afterwards(conversation);
    }

    private void sendOne(Conversation conversation, String line, boolean echo) throws ConnectionException {
        remember(line);
        session.show(conversation.send(line), echo);
    }

    /**
     * Pasted lines go out in pipelined groups when the server offers PIPELINING (RFC 2920 §3.1), up to
     * DATA; what follows DATA is message text for the editor. A group ends after every command whose
     * reply decides what may follow ({@link PipelineGroups}).
     */
    private void sendMany(Conversation conversation, List<String> lines) throws ConnectionException {
        int data = indexOfData(lines);
        List<String> commands = data < 0 ? lines : lines.subList(0, data + 1);
        List<String> text = data < 0 ? List.of() : lines.subList(data + 1, lines.size());
        boolean pipelining = conversation.state().capabilities().map(c -> c.supports("PIPELINING")).orElse(false);
        List<List<String>> groups = PipelineGroups.split(commands);
        if (pipelining && commands.size() > 1 && groups.size() > 1) {
            session.out().info(Messages.get("smtp.pipelining-split", java.util.Map.of("count", groups.size(),
                    "after", String.join(", ", groups.stream().limit(groups.size() - 1)
                            .map(g -> verbOf(g.get(g.size() - 1))).distinct().toList()))));
        }
        if (pipelining && commands.size() > 1) {
            for (List<String> group : groups) {
                if (group.size() == 1) {
                    sendOne(conversation, group.get(0), true);
                } else {
                    if (groups.size() == 1) {
                        session.out().info(Messages.get("smtp.pipelining", "count", group.size()));
                    }
                    group.forEach(this::remember);
                    for (Exchange exchange : conversation.sendPipelined(group)) {
                        session.show(exchange, true);
                    }
                }
                if (!conversation.isOpen()) {
                    return;
                }
            }
        } else {
            if (commands.size() > 1) {
                session.out().info(Messages.get("smtp.one-by-one"));
            }
            for (String command : commands) {
                sendOne(conversation, command, true);
                if (!conversation.isOpen()) {
                    return;
                }
            }
        }
        if (conversation.state().state() == SmtpState.DATA) {
            session.startDraft();
            for (String line : text) {
                session.out().line("data> " + line, session.out().styles().dim());
                typeMessageLine(line);
            }
        }
    }

    /** A line typed in the message editor; the lone "." sends the whole message. */
    void typeMessageLine(String line) {
        if (!MessageDraft.isEnd(line)) {
            session.draft().ifPresent(d -> d.add(line));
            return;
        }
        MessageDraft draft = session.finishDraft();
        Conversation conversation = session.link().orElseThrow().conversation();
        try {
            synchronized (session.lock()) {
                if (BareLineEnds.requested(draft.lines())) {
                    sendWithBareLineEnds(conversation, draft.lines());
                } else {
                    session.show(conversation.sendMessage(draft.lines()), false);
                }
            }
        } catch (ConnectionException e) {
            session.showProblem(e);
        }
        afterwards(conversation);
    }

    /**
     * Lesson 14: the learner wrote <LF> or <CR> in the text, so those go out as bare bytes. A lenient
     * server may answer the commands smuggled behind them too; every reply is shown.
     */
    private void sendWithBareLineEnds(Conversation conversation, List<String> lines) throws ConnectionException {
        session.out().warn(Messages.get("data.bare-line-ends"));
        List<String> shown = new ArrayList<>();
        for (String line : lines) {
            shown.add(DotStuffing.stuffLine(line));
        }
        shown.add(".");
        List<Exchange> exchanges = conversation.sendRawMessage(BareLineEnds.encode(lines), shown, SMUGGLED_REPLIES_QUIET);
        for (int i = 0; i < exchanges.size(); i++) {
            session.show(exchanges.get(i), false);
        }
        if (exchanges.size() > 1) {
            session.out().warn(Messages.get("data.smuggled", "count", exchanges.size() - 1));
        }
    }

    /** How long after the last reply the tutor waits for more, when a message may have smuggled commands. */
    private static final java.time.Duration SMUGGLED_REPLIES_QUIET = java.time.Duration.ofMillis(500);

    private void afterwards(Conversation conversation) {
        startTlsIfAsked(conversation);
        if (conversation.state().state() == SmtpState.DATA && session.draft().isEmpty()) {
            session.startDraft();
            session.out().hint(Messages.get("data.started"));
        }
        if (!conversation.isOpen()) {
            session.out().info(Messages.get("smtp.closed"));
        }
    }

    /** --starttls: after the learner's first successful EHLO, the tutor upgrades the connection. */
    private void startTlsIfAsked(Conversation conversation) {
        dev.smtptutor.protocol.StateTracker.Snapshot state = conversation.state();
        if (state.tls() || !state.extended() || state.state() != SmtpState.GREETED
                || !session.link().map(Link::takeAutomaticStartTls).orElse(false)) {
            return;
        }
        if (!state.capabilities().map(c -> c.supports("STARTTLS")).orElse(false)) {
            // RFC 3207 §6: anyone in the middle can delete STARTTLS from the EHLO reply, so a client
            // configured to require TLS must not carry on in cleartext (RFC 8314 goes further and
            // recommends implicit TLS, §3). So the tutor says QUIT and closes.
            session.out().warn(Messages.get("starttls.not-offered"));
            session.disconnect();
            return;
        }
        session.out().info(Messages.get("starttls.automatic"));
        try {
            synchronized (session.lock()) {
                session.show(conversation.send("STARTTLS"), true);
            }
        } catch (ConnectionException e) {
            session.showProblem(e);
            if (e.problem().isCertificateProblem()) {
                session.out().hint(Messages.get("tls.insecure-offer"));
            }
        }
    }

    private void remember(String line) {
        ParseResult parsed = CommandParser.parse(line);
        if (parsed instanceof ParseResult.Parsed p && p.command().path().isPresent()) {
            String address = p.command().path().get().address();
            if (!address.isEmpty()) {
                session.rememberAddress(address);
            }
        }
    }

    static List<String> splitLines(String input) {
        List<String> lines = new ArrayList<>(List.of(input.split("\\r?\\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int indexOfData(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().toUpperCase(Locale.ROOT).equals(Verb.DATA.name())) {
                return i;
            }
        }
        return -1;
    }

    private static String verbOf(String command) {
        return command.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    }
}
