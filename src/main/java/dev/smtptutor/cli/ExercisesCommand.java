package dev.smtptutor.cli;

import dev.smtptutor.classroom.ClassroomException;
import dev.smtptutor.classroom.Exercise;
import dev.smtptutor.classroom.ExerciseText;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.classroom.Words;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code exercises [show N | validate DIR]}: the classroom's exercises. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        subcommands = {ExercisesCommand.Show.class, ExercisesCommand.Validate.class})
final class ExercisesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Exercise exercise : Exercises.builtIn().all()) {
            spec.commandLine().getOut().println(ExerciseText.line(exercise));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "N", descriptionKey = "param.n")
        int number;

        @Override
        public Integer call() {
            var exercise = Exercises.builtIn().number(number);
            if (exercise.isEmpty()) {
                spec.commandLine().getErr().println("smtp-tutor: " + Words.get("exercises.no-such", "n", number,
                        "count", Exercises.builtIn().all().size()));
                return 2;
            }
            spec.commandLine().getOut().print(ExerciseText.full(exercise.get()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", descriptionKey = "param.dir")
        Path folder;

        @Override
        public Integer call() {
            try {
                Exercises set = Exercises.directory(folder);
                // Translations are checked as lessons' are: drifted criteria, strays, and the files missing
                // in a language the folder is translated into.
                java.util.List<String> problems = new java.util.ArrayList<>(set.translationProblems());
                problems.addAll(set.missingTranslations());
                if (!problems.isEmpty()) {
                    problems.forEach(p -> spec.commandLine().getErr().println(p));
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                spec.commandLine().getOut().println(Words.get("exercises.valid", "count", set.all().size(), "dir", folder));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (ClassroomException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
                return 1;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("smtp-tutor: " + e.getMessage());
                return 2;
            }
        }
    }
}
