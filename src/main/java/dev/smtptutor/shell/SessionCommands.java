package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.StateTracker;
import dev.smtptutor.protocol.Verb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jline.utils.AttributedStringBuilder;

/** /state and /transcript: where the session stands and how it got there. */
final class SessionCommands {

    private SessionCommands() {}

    /** /state: the SMTP state machine with the current state marked and the commands allowed next. */
    static final class State implements SlashCommand {
        private static final List<SmtpState> PATH = List.of(SmtpState.CONNECTED, SmtpState.GREETED,
                SmtpState.MAIL, SmtpState.RCPT, SmtpState.DATA);

        @Override
        public String name() {
            return "state";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            Optional<Link> link = session.linkOrExplain();
            if (link.isEmpty()) {
                return;
            }
            StateTracker.Snapshot state = link.get().conversation().state();
            AttributedStringBuilder line = ShellOutput.builder().append("  ");
            for (SmtpState step : PATH) {
                if (step != SmtpState.CONNECTED) {
                    line.append(" -> ");
                }
                if (step == state.state()) {
                    line.styled(out.styles().bold().inverse(), "[" + step.name() + "]");
                } else {
                    line.styled(out.styles().dim(), step.name());
                }
            }
            line.append(state.state() == SmtpState.CLOSED ? "   [CLOSED]" : "   " + Messages.get("state.cycle"));
            out.print(line.toAttributedString());
            out.line(Messages.get("state.here." + state.state().name().toLowerCase(java.util.Locale.ROOT)));
            out.line(Messages.get("state.flags", Map.of(
                    "tls", Messages.get(state.tls() ? "state.yes" : "state.no"),
                    "auth", Messages.get(state.authenticated() ? "state.yes" : "state.no"),
                    "ehlo", Messages.get(state.extended() ? "state.ehlo"
                            : state.state() == SmtpState.CONNECTED || state.state() == SmtpState.CLOSED ? "state.no-greeting"
                            : "state.helo"))));
            String allowed = state.allowedNext().stream().map(Verb::name).collect(Collectors.joining(" "));
            out.hint(Messages.get("state.next", "commands", allowed.isEmpty() ? "-" : allowed));
        }
    }

    /** /transcript [save FILE]: the session so far, swaks-style; saved as Markdown with explanations. */
    static final class Transcript implements SlashCommand {
        @Override
        public String name() {
            return "transcript";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return List.of("save");
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            List<Exchange> exchanges = session.link().map(l -> l.conversation().exchanges()).orElse(List.of());
            if (exchanges.isEmpty()) {
                out.info(Messages.get("transcript.empty"));
                return;
            }
            if (arguments.isBlank()) {
                TranscriptFormat.plain(exchanges).forEach(out::line);
                return;
            }
            String[] words = arguments.strip().split("\\s+", 2);
            if (!words[0].equals("save") || words.length < 2) {
                out.warn(Messages.get("transcript.usage"));
                return;
            }
            Path file = Path.of(words[1]);
            try {
                Files.writeString(file, TranscriptFormat.markdown(exchanges, session.explainer(),
                        session.link().get().describe()));
                out.info(Messages.get("transcript.saved", Map.of("file", file.toAbsolutePath(),
                        "count", exchanges.size())));
            } catch (IOException e) {
                out.error(Messages.get("transcript.cannot-save", Map.of("file", file, "why", FileTrouble.describe(e))));
            }
        }
    }
}
