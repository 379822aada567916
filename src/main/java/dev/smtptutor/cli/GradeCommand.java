package dev.smtptutor.cli;

import dev.smtptutor.classroom.ClassData;
import dev.smtptutor.classroom.ClassroomException;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.classroom.GradeCsv;
import dev.smtptutor.classroom.GradeJson;
import dev.smtptutor.classroom.GradeMarkdown;
import dev.smtptutor.classroom.GradeReport;
import dev.smtptutor.classroom.Gradebook;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.RosterReader;
import dev.smtptutor.web.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code grade}: the class's grades from its data folder, while it runs or after. */
@Command(name = "grade", mixinStandardHelpOptions = true)
final class GradeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR")
    Path data;

    @Option(names = "--exercises", paramLabel = "DIR")
    Path exercises;

    enum Format { md, csv, json, html }

    @Option(names = "--format", defaultValue = "md")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        GradeReport report;
        ClassroomWebView view;
        try {
            ClassData folder = ClassData.existing(data);
            Roster roster = RosterReader.read(folder.rosterCopy());
            Exercises set = exercises == null ? Exercises.builtIn() : Exercises.directory(exercises);
            report = Gradebook.compute(folder, roster, set);
            view = ClassroomWebView.fromDisk(folder, roster, set);
        } catch (ClassroomException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("smtp-tutor: " + p));
            return 2;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("smtp-tutor: " + e.getMessage());
            return 2;
        }
        String text = switch (format) {
            case csv -> GradeCsv.of(report);
            case json -> GradeJson.of(report);
            case md -> GradeMarkdown.of(report);
            case html -> new HtmlReport(ZoneId.systemDefault()).render(view, data.toString(), Instant.now());
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // permissions as the system gives them
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }
}
