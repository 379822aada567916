package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonStats;
import dev.smtptutor.lesson.LessonTexts;
import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.ProgressFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** /progress [export FILE | import FILE | reset]: the learner's record, and carrying it between machines. */
final class LessonProgressCommand implements SlashCommand {

    private final LessonSession lessons;

    LessonProgressCommand(LessonSession lessons) {
        this.lessons = lessons;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public List<String> arguments(ShellSession session) {
        return List.of("export", "import", "reset");
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        String[] words = arguments.strip().split("\\s+", 2);
        switch (words[0]) {
            case "" -> show(session.out());
            case "export" -> withFile(words, session.out(), file -> export(file, session.out(), prompter));
            case "import" -> withFile(words, session.out(), file -> importFrom(file, session.out()));
            case "reset" -> reset(session.out(), prompter);
            default -> session.out().warn(LessonTexts.get("progress.usage"));
        }
    }

    private static void withFile(String[] words, ShellOutput out, Consumer<Path> action) {
        if (words.length < 2 || words[1].isBlank()) {
            out.warn(LessonTexts.get("progress.usage"));
            return;
        }
        action.accept(Path.of(words[1].strip()));
    }

    private void show(ShellOutput out) {
        Progress progress = lessons.progress();
        if (progress.isEmpty()) {
            out.info(LessonTexts.get("progress.empty"));
            return;
        }
        out.line(LessonTexts.get("progress.heading", "where", lessons.file().map(f -> (Object) f.path())
                .orElse(LessonTexts.get("progress.in-memory"))), out.styles().bold());
        int steps = 0;
        int done = 0;
        int par = 0;
        long seconds = 0;
        for (Lesson lesson : lessons.library().lessons()) {
            LessonStats stats = LessonStats.of(lesson, progress);
            steps += stats.steps();
            done += stats.done();
            par += stats.par();
            seconds += stats.seconds();
            if (stats.started()) {
                out.line(String.format("  %2d  %s %s", lesson.number(), DisplayWidth.padRight(lesson.title(), 34), LessonTexts.get("progress.lesson",
                        Map.of("done", stats.done(), "count", stats.steps(), "par", stats.par(), "skipped", stats.skipped(),
                                "hints", stats.hints(), "attempts", stats.attempts(), "time", time(stats.seconds())))));
            }
        }
        out.line(LessonTexts.get("progress.total", Map.of("done", done, "count", steps, "par", par, "time", time(seconds))));
    }

    /** "1m 05s", "42s", "1h 02m". */
    static String time(long seconds) {
        if (seconds >= 3600) {
            return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%dm %02ds", seconds / 60, seconds % 60) : seconds + "s";
    }

    private void export(Path file, ShellOutput out, Prompter prompter) {
        lessons.runner().ifPresent(r -> r.pause());
        if (Files.exists(file) && !prompter.confirm(LessonTexts.get("progress.overwrite", "file", file))) {
            out.info(LessonTexts.get("progress.not-written"));
            return;
        }
        try {
            ProgressFile.write(file, lessons.progress());
            out.info(LessonTexts.get("progress.exported", "file", file.toAbsolutePath()));
        } catch (IOException e) {
            out.error(LessonTexts.get("progress.cannot-write", Map.of("file", file, "why", FileTrouble.describe(e))));
        }
    }

    private void importFrom(Path file, ShellOutput out) {
        Progress imported;
        try {
            imported = Progress.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.error(LessonTexts.get("progress.cannot-read", Map.of("file", file, "why", FileTrouble.describe(e))));
            return;
        } catch (Progress.Malformed e) {
            out.error(LessonTexts.get("progress.not-progress", Map.of("file", file, "why", e.getMessage())));
            return;
        }
        int taken = lessons.progress().mergeFrom(imported);
        lessons.save();
        out.info(LessonTexts.get("progress.imported", Map.of("file", file, "count", taken)));
    }

    private void reset(ShellOutput out, Prompter prompter) {
        if (!prompter.confirm(LessonTexts.get("progress.reset-confirm"))) {
            out.info(LessonTexts.get("progress.kept"));
            return;
        }
        lessons.progress().clear();
        lessons.stop();
        try {
            if (lessons.file().isPresent()) {
                lessons.file().get().delete();
            }
            out.info(LessonTexts.get("progress.reset-done"));
        } catch (IOException e) {
            out.error(LessonTexts.get("progress.cannot-write", Map.of("file", lessons.file().get().path(),
                    "why", FileTrouble.describe(e))));
        }
    }
}
