package dev.smtptutor.shell;

import dev.smtptutor.text.DisplayWidth;
import java.util.List;

/** /help and /quit. */
final class HelpCommands {

    private HelpCommands() {}

    static final class Help implements SlashCommand {
        private final SlashCommands registry;

        Help(SlashCommands registry) {
            this.registry = registry;
        }

        @Override
        public String name() {
            return "help";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return registry.names();
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            if (!arguments.isBlank()) {
                String name = arguments.strip().replaceFirst("^/", "");
                registry.find(name).ifPresentOrElse(
                        c -> out.line(DisplayWidth.padRight(c.usage(), 34) + " " + c.summary()),
                        () -> registry.dispatch("/" + name, session, prompter));
                return;
            }
            out.line(Messages.get("help.intro"), out.styles().bold());
            out.line(Messages.get("help.smtp"));
            out.blank();
            for (SlashCommand command : registry.all()) {
                out.line("  " + DisplayWidth.padRight(command.usage(), 34) + " " + command.summary());
            }
            out.blank();
            out.line(Messages.get("help.keys"));
        }
    }

    static final class Quit implements SlashCommand {
        @Override
        public String name() {
            return "quit";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            session.requestQuit();
        }
    }
}
