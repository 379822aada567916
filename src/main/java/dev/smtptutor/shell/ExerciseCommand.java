package dev.smtptutor.shell;

import dev.smtptutor.classroom.ExerciseHelp;
import dev.smtptutor.classroom.ExerciseText;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedStyle;

/**
 * {@code /exercise}: on a classroom server, the current exercise and its criteria, asked with
 * {@code HELP EXERCISE} so the answer is the server's own (it grades), shown and explained like any reply.
 * The server says it in English; in another language the tutor then shows the same exercise, with the
 * same criteria met, in the learner's words from its own copy of the built-in exercises.
 */
final class ExerciseCommand implements SlashCommand {

    private final SmtpLineHandler smtp;

    ExerciseCommand(SmtpLineHandler smtp) {
        this.smtp = smtp;
    }

    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        smtp.send("HELP EXERCISE");
        Optional<Exchange> answer = session.link().flatMap(link -> last(link.conversation().exchanges()))
                .filter(e -> e.verb().orElse(null) == Verb.HELP && e.reply().isPresent());
        if (answer.isPresent() && answer.get().code() != 214) {
            // Any server but a classroom one: HELP EXERCISE is an unknown topic (504), or HELP is off.
            session.out().hint(Messages.get("exercise.not-a-classroom"));
            return;
        }
        if (Texts.language() == Language.EN) {
            return;
        }
        answer.flatMap(e -> ExerciseHelp.read(e.reply().get(), Exercises.builtIn())).ifPresent(current -> {
            session.out().blank();
            for (String line : ExerciseText.marked(current).split("\n", -1)) {
                if (!line.isEmpty()) {
                    session.out().wrapped(line, AttributedStyle.DEFAULT);
                } else {
                    session.out().blank();
                }
            }
        });
    }

    private static Optional<Exchange> last(List<Exchange> exchanges) {
        return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
    }
}
