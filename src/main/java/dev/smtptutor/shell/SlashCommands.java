package dev.smtptutor.shell;

import dev.smtptutor.text.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of slash commands: dispatch, "did you mean", and the list /help shows. */
final class SlashCommands {

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();

    SlashCommands register(SlashCommand command) {
        commands.put(command.name(), command);
        return this;
    }

    Collection<SlashCommand> all() {
        return commands.values();
    }

    Optional<SlashCommand> find(String name) {
        return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
    }

    List<String> names() {
        return new ArrayList<>(commands.keySet());
    }

    /** Runs "/name arguments"; an unknown name gets a suggestion instead. */
    void dispatch(String line, ShellSession session, Prompter prompter) {
        String body = line.substring(1).strip();
        String name = dev.smtptutor.text.Words.first(body);
        String arguments = body.length() > name.length() ? body.substring(name.length()).strip() : "";
        Optional<SlashCommand> command = find(name);
        if (command.isPresent()) {
            command.get().run(arguments, session, prompter);
            return;
        }
        Optional<String> suggestion = Spelling.closest(name, commands.keySet());
        session.out().warn(suggestion
                .map(s -> Messages.get("cmd.unknown.suggest", Map.of("typed", "/" + name, "suggestion", "/" + s)))
                .orElse(Messages.get("cmd.unknown", "typed", "/" + name)));
    }
}
