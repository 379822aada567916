package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.mail.JavaProgram;
import dev.smtptutor.mail.MailTransaction;
import dev.smtptutor.mail.PythonProgram;
import dev.smtptutor.mail.SessionRecipe;
import dev.smtptutor.mail.SessionRecipes;
import dev.smtptutor.sim.StoredMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * /code java|python [FILE]: the session the learner typed by hand, as a complete program: Java with
 * Jakarta Mail, or Python with smtplib. Printed, or saved to FILE. The password is never written into
 * the program: it reads SMTP_PASSWORD from the environment.
 */
final class CodeCommand implements SlashCommand {

    @Override
    public String name() {
        return "code";
    }

    @Override
    public List<String> arguments(ShellSession session) {
        return List.of("java", "python");
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        ShellOutput out = session.out();
        String[] words = arguments.strip().split("\\s+", 2);
        String language = words[0].toLowerCase(Locale.ROOT);
        if (!language.equals("java") && !language.equals("python")) {
            out.warn(Messages.get("code.usage"));
            return;
        }
        Optional<Path> file;
        try {
            file = words.length > 1 ? Optional.of(Path.of(words[1].strip())) : Optional.empty();
        } catch (InvalidPathException e) {
            out.warn(Messages.get("code.cannot-save", Map.of("file", words[1].strip(), "why", e.getReason())));
            return;
        }
        if (session.link().isEmpty()) {
            out.warn(Messages.get("code.no-session"));
            return;
        }
        Link link = session.link().get();
        SessionRecipe recipe = SessionRecipes.from(link.conversation().exchanges(), link.options(), link.isSimulator());
        Optional<String> source = language.equals("java") ? java(recipe, file, session, prompter)
                : Optional.of(PythonProgram.source(recipe, file.map(f -> f.getFileName().toString())
                        .orElse(PythonProgram.DEFAULT_FILE), user(recipe, session, prompter)));
        if (source.isEmpty()) {
            return;
        }
        if (recipe.mails().isEmpty()) {
            out.hint(Messages.get("code.no-message"));
        }
        String run = Messages.get("code." + language + ".run", "name", file.map(f -> f.getFileName().toString())
                .map(name -> language.equals("java") ? name.substring(0, name.length() - ".java".length()) : name)
                .orElse(language.equals("java") ? JavaProgram.DEFAULT_CLASS : PythonProgram.DEFAULT_FILE));
        if (file.isEmpty()) {
            source.get().lines().forEach(out::line);
            out.hint(run);
            return;
        }
        try {
            Files.writeString(file.get(), source.get());
            out.info(Messages.get("code.saved", "file", file.get().toAbsolutePath()));
            out.hint(run);
        } catch (IOException e) {
            out.error(Messages.get("code.cannot-save", Map.of("file", file.get(), "why", FileTrouble.describe(e))));
        }
    }

    /** A Java file must carry its public class's name, so the file name chooses the class name. */
    private static Optional<String> java(SessionRecipe recipe, Optional<Path> file, ShellSession session,
                                         Prompter prompter) {
        String className = JavaProgram.DEFAULT_CLASS;
        if (file.isPresent()) {
            String name = file.get().getFileName().toString();
            className = name.endsWith(".java") ? name.substring(0, name.length() - 5) : "";
            if (!JavaProgram.isClassName(className)) {
                session.out().warn(Messages.get("code.bad-java-file", "file", name));
                return Optional.empty();
            }
        }
        return Optional.of(JavaProgram.source(recipe, className, user(recipe, session, prompter)));
    }

    /**
     * The user name for AUTH. Transcripts mask it with the password, so it comes from the simulator's
     * record of who logged in, or from the learner.
     */
    private static Optional<String> user(SessionRecipe recipe, ShellSession session, Prompter prompter) {
        if (recipe.authMechanism().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = session.link().filter(Link::isSimulator).flatMap(l -> loggedIn(recipe, session));
        if (known.isPresent()) {
            return known;
        }
        String typed = prompter.ask(Messages.get("code.ask-user", "mechanism", recipe.authMechanism().get()));
        return Optional.of(typed.isEmpty() ? Messages.get("code.user-placeholder") : typed);
    }

    /** Who the simulator says sent the session's last message. */
    private static Optional<String> loggedIn(SessionRecipe recipe, ShellSession session) {
        if (recipe.mails().isEmpty()) {
            return Optional.empty();
        }
        MailTransaction last = recipe.mails().get(recipe.mails().size() - 1);
        List<StoredMessage> delivered = session.store().messages();
        for (int i = delivered.size() - 1; i >= 0; i--) {
            StoredMessage message = delivered.get(i);
            if (message.envelope().sender().address().equals(last.mailFrom())
                    && message.contentAsText().equals(last.text())) {
                return message.authenticatedUser();
            }
        }
        return Optional.empty();
    }
}
