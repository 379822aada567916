package dev.smtptutor.cli;

import dev.smtptutor.shell.HostSpec;
import dev.smtptutor.shell.LessonOptions;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a lesson runs when not on the built-in simulator, and who plays it there (lesson, lessons verify). */
final class LessonHostOptions {

    @CommandLine.Mixin
    TargetOptions where = new TargetOptions();

    @Option(names = "--from", paramLabel = "ADDR")
    String from;

    @Option(names = "--to", paramLabel = "ADDR")
    String to;

    @Option(names = "--user", paramLabel = "NAME")
    String user;

    @CommandLine.Mixin
    HostOptions trust = new HostOptions();

    Optional<HostSpec> target() {
        return where.target(from != null || to != null || user != null, "lesson.options-without-host");
    }

    /** The learner's addresses and login; {@code ask} false when nobody can answer (piped answers). */
    LessonOptions learner(LessonOptions options, boolean ask) {
        return options.learner(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(user), ask);
    }
}
