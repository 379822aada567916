package dev.smtptutor.shell;

import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.StateTracker;
import dev.smtptutor.protocol.Verb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: SMTP verbs (those not valid in the current state are still offered, in a group
 * of their own), then their syntax ({@code MAIL FROM:<}), the AUTH mechanisms the server really
 * advertised, addresses used earlier, and the slash commands with their arguments.
 */
final class SmtpCompleter implements Completer {

    private static final String VALID = "valid now";
    private static final String NOT_VALID = "not valid in this state";

    private final ShellSession session;
    private final SlashCommands commands;

    SmtpCompleter(ShellSession session, SlashCommands commands) {
        this.session = session;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (session.draft().isPresent()) {
            return; // message text: nothing to complete
        }
        List<String> words = line.words();
        if (line.wordIndex() == 0) {
            String word = line.word();
            if (word.startsWith("/")) {
                for (SlashCommand command : commands.all()) {
                    candidates.add(new Candidate("/" + command.name(), "/" + command.name(), "tutor commands",
                            command.summary(), null, null, !command.arguments(session).isEmpty() ? false : true));
                }
            } else {
                verbs(candidates);
            }
            return;
        }
        String first = words.get(0);
        if (first.startsWith("/")) {
            commands.find(first.substring(1)).ifPresent(c -> c.arguments(session)
                    .forEach(arg -> candidates.add(new Candidate(arg))));
            return;
        }
        Optional<Verb> verb = Verb.of(first);
        if (verb.isEmpty()) {
            return;
        }
        switch (verb.get()) {
            case MAIL -> paths(candidates, "FROM:<", true);
            case RCPT -> paths(candidates, "TO:<", false);
            case AUTH -> {
                if (line.wordIndex() == 1) {
                    mechanisms().forEach(m -> candidates.add(new Candidate(m, m, "offered by the server", null, null, null, true)));
                }
            }
            case EHLO, HELO -> candidates.add(new Candidate("client.example.test", "client.example.test",
                    null, "any name for your machine", null, null, true));
            case VRFY, EXPN, HELP -> {
                if (verb.get() == Verb.HELP) {
                    for (Verb v : Verb.values()) {
                        candidates.add(new Candidate(v.name()));
                    }
                }
            }
            default -> { }
        }
    }

    private void verbs(List<Candidate> candidates) {
        Set<Verb> allowed = session.link().map(l -> l.conversation().state().allowedNext()).orElse(Set.of());
        for (Verb verb : Verb.values()) {
            String value = switch (verb) {
                case MAIL -> "MAIL FROM:<";
                case RCPT -> "RCPT TO:<";
                default -> verb.name();
            };
            boolean complete = verb != Verb.MAIL && verb != Verb.RCPT;
            boolean valid = allowed.isEmpty() || allowed.contains(verb);
            String description = session.explainer().reference().command(verb.name())
                    .map(e -> e.description()).orElse(null);
            candidates.add(new Candidate(value, verb.name(), valid ? VALID : NOT_VALID,
                    valid ? description : "(" + NOT_VALID + ") " + (description == null ? "" : description),
                    null, null, complete));
        }
    }

    /** After "MAIL FROM:<" or "RCPT TO:<": the addresses used so far and the simulator's users. */
    private void paths(List<Candidate> candidates, String keyword, boolean sender) {
        Set<String> addresses = new LinkedHashSet<>(session.addresses());
        session.link().filter(Link::isSimulator).flatMap(Link::simulator).ifPresent(sim -> {
            for (String user : sim.config().users().names()) {
                addresses.add(user + "@" + dev.smtptutor.sim.SimConfig.DEFAULT_DOMAIN);
            }
        });
        List<String> values = new ArrayList<>();
        if (sender) {
            values.add(keyword + ">");
        }
        for (String address : addresses) {
            values.add(keyword + address + ">");
        }
        for (String value : values) {
            candidates.add(new Candidate(value, value.substring(keyword.length() - 1), null, null, null, null, true));
        }
    }

    private List<String> mechanisms() {
        return session.link().map(l -> l.conversation().state()).flatMap(StateTracker.Snapshot::capabilities)
                .map(EhloResponse::authMechanisms).orElse(List.of()).stream()
                .map(m -> m.toUpperCase(Locale.ROOT)).toList();
    }
}
