package dev.smtptutor.shell;

import java.util.List;

/** One of the tutor's own commands, typed with a leading "/". Its help texts live in messages.properties. */
interface SlashCommand {

    /** The name without the slash, e.g. "ref". */
    String name();

    void run(String arguments, ShellSession session, Prompter prompter);

    /** Words that may follow the name, for Tab completion. */
    default List<String> arguments(ShellSession session) {
        return List.of();
    }

    default String usage() {
        return Messages.get("cmd." + name() + ".usage");
    }

    default String summary() {
        return Messages.get("cmd." + name() + ".summary");
    }
}
