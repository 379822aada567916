package dev.smtptutor.shell;

/**
 * {@code /exercise}: on a classroom server, the current exercise and its criteria, asked with
 * {@code HELP EXERCISE} so the answer is the server's own (it grades), shown and explained like any reply.
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
    }
}
