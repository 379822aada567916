package dev.smtptutor.shell;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonRunner;
import dev.smtptutor.lesson.LessonStats;
import dev.smtptutor.lesson.LessonTexts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /lessons, /lesson, /hint, /solution, /skip, /restart and /next: playing the guided lessons. */
final class LessonCommands {

    private LessonCommands() {}

    /** /lessons: every lesson with a mark for how far the learner got, broken files with their problems. */
    static final class Lessons implements SlashCommand {
        private final LessonSession lessons;

        Lessons(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "lessons";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            LessonLibrary library = lessons.library();
            if (library.entries().isEmpty()) {
                out.info(LessonTexts.get("lessons.none"));
                return;
            }
            for (LessonLibrary.Entry entry : library.entries()) {
                if (entry instanceof LessonLibrary.Broken broken) {
                    out.line(String.format("  [!] %2d  %s", broken.number(), LessonTexts.get("lessons.broken",
                            Map.of("count", broken.problems().size(), "first", broken.problems().get(0)))),
                            out.styles().warning());
                    continue;
                }
                Lesson lesson = ((LessonLibrary.Ready) entry).lesson();
                LessonStats stats = LessonStats.of(lesson, lessons.progress());
                String mark = stats.complete() && stats.started() ? "[x]" : stats.started() ? "[~]" : "[ ]";
                // Connected to a real host: say which lessons can be played right here.
                boolean onHost = session.link().filter(l -> !l.isSimulator()).isPresent();
                String here = onHost && lesson.runsOn() == Lesson.RunsOn.ANY ? LessonTexts.get("lessons.runs-here") : "";
                out.line(String.format("  %s %2d  %s %s%s", mark, lesson.number(), DisplayWidth.padRight(lesson.title(), 34),
                        summary(stats), here).stripTrailing());
            }
            out.hint(LessonTexts.get("lessons.more"));
        }

        private static String summary(LessonStats stats) {
            if (!stats.started()) {
                return LessonTexts.get("lessons.steps", "count", stats.steps());
            }
            return LessonTexts.get("lessons.progress", Map.of("done", stats.done(), "count", stats.steps(),
                    "par", stats.par()));
        }
    }

    /** /lesson [N]: starts or resumes lesson N; without N, the lesson in progress or the first unfinished. */
    static final class Start implements SlashCommand {
        private final LessonSession lessons;

        Start(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "lesson";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return lessons.library().entries().stream().map(e -> String.valueOf(e.number())).toList();
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            if (!arguments.isBlank()) {
                lessons.start(arguments.strip(), prompter);
                return;
            }
            Optional<Lesson> next = lessons.runner().filter(r -> !r.finished()).map(LessonRunner::lesson)
                    .or(() -> lessons.library().lessons().stream()
                            .filter(l -> !LessonStats.of(l, lessons.progress()).complete())
                            .findFirst());
            if (next.isEmpty()) {
                session.out().info(LessonTexts.get("lesson.all-done"));
                return;
            }
            lessons.start(next.get(), prompter);
        }
    }

    /** /hint: the next, more specific hint for the current step. */
    static final class Hint implements SlashCommand {
        private final LessonSession lessons;

        Hint(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "hint";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            Optional<LessonRunner.Hint> hint = lessons.runner().flatMap(LessonRunner::hint);
            if (hint.isEmpty()) {
                session.out().info(noLesson(lessons));
                return;
            }
            LessonRunner.Hint h = hint.get();
            session.out().hint(LessonTexts.get(h.again() ? "hint.again" : "hint.one", Map.of("number", h.number(),
                    "of", h.of(), "text", h.text())));
            if (h.again()) {
                session.out().hint(LessonTexts.get("hint.after-last"));
            }
            lessons.save();
        }
    }

    /** /solution: what to type for the current step; shown only, never sent. */
    static final class Solution implements SlashCommand {
        private final LessonSession lessons;

        Solution(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "solution";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            List<String> lines = lessons.runner().filter(r -> !r.finished()).map(LessonRunner::solution).orElse(List.of());
            if (lines.isEmpty()) {
                session.out().info(noLesson(lessons));
                return;
            }
            session.out().hint(LessonTexts.get("solution.heading"));
            lines.forEach(line -> session.out().line(LessonTexts.get("solution.line", "line", line)));
            lessons.save();
        }
    }

    /** /skip: leaves the current step undone and goes on. */
    static final class Skip implements SlashCommand {
        private final LessonSession lessons;

        Skip(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "skip";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            Optional<LessonRunner> runner = lessons.runner().filter(r -> !r.finished());
            if (runner.isEmpty()) {
                session.out().info(noLesson(lessons));
                return;
            }
            session.out().info(LessonTexts.get("lesson.skipped", "title", runner.get().current().orElseThrow().title()));
            lessons.show(runner.get().skip());
            lessons.save();
        }
    }

    /** /restart: the current lesson from step 1, its record wiped, after asking. */
    static final class Restart implements SlashCommand {
        private final LessonSession lessons;

        Restart(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "restart";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            Optional<LessonRunner> runner = lessons.runner();
            if (runner.isEmpty()) {
                session.out().info(noLesson(lessons));
                return;
            }
            Lesson lesson = runner.get().lesson();
            if (!prompter.confirm(LessonTexts.get("lesson.restart-confirm", Map.of("number", lesson.number(),
                    "title", lesson.title())))) {
                session.out().info(LessonTexts.get("lesson.restart-cancelled"));
                return;
            }
            lessons.restart(lesson);
        }
    }

    /** /next: the lesson after the current (or last played) one. */
    static final class Next implements SlashCommand {
        private final LessonSession lessons;

        Next(LessonSession lessons) {
            this.lessons = lessons;
        }

        @Override
        public String name() {
            return "next";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            Optional<LessonRunner> runner = lessons.runner();
            if (runner.isEmpty()) {
                lessons.library().lessons().stream().findFirst().ifPresentOrElse(l -> lessons.start(l, prompter),
                        () -> session.out().info(LessonTexts.get("lessons.none")));
                return;
            }
            Optional<Lesson> next = lessons.library().after(runner.get().lesson());
            if (next.isEmpty()) {
                session.out().info(LessonTexts.get("finished.last"));
                return;
            }
            if (!runner.get().finished()) {
                session.out().info(LessonTexts.get("lesson.left", Map.of("number", runner.get().lesson().number(),
                        "step", runner.get().currentNumber())));
            }
            lessons.start(next.get(), prompter);
        }
    }

    private static String noLesson(LessonSession lessons) {
        return LessonTexts.get(lessons.runner().isPresent() ? "lesson.finished-already" : "lesson.none-running");
    }
}
