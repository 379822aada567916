package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the built-in curriculum: twenty lessons (issue 17 added 16 to 20), each short, each step complete. */
class CurriculumTest {

    @Test
    void theTwentyLessonsAreThereInOrder() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        assertEquals(List.of(), library.problems());
        assertEquals(List.of("01-hello", "02-first-message", "03-envelope", "04-recipients", "05-errors", "06-auth",
                "07-cram-md5", "08-starttls", "09-vrfy-expn", "10-extensions", "11-dot-stuffing", "12-bounces",
                "13-real-servers", "14-smtp-smuggling", "15-modern-auth", "16-which-server", "17-submission", "18-sender-checks",
                "19-tls-between-servers", "20-refusing-well"),
                library.lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void theScenariosAreTheOnesTheIssueNames() throws Exception {
        List<String> scenarios = LessonLibrary.bundled().lessons().stream().map(Lesson::scenario).toList();
        assertEquals(List.of("default", "default", "default", "default", "greylist", "default", "default",
                "tls-required", "vrfy-enabled", "size-limit", "default", "bounce", "default", "lenient", "modern-auth",
                "busy-mx", "no-starttls", "sender-checks", "default", "blocked-client"),
                scenarios);
    }

    @Test
    void everyLessonHasFourToTenStepsAndEveryStepAMistakeAndProgressiveHints() throws Exception {
        for (Lesson lesson : LessonLibrary.bundled().lessons()) {
            int steps = lesson.steps().size();
            assertTrue(steps >= 4 && steps <= 10, lesson.id() + " has " + steps + " steps");
            for (Step step : lesson.steps()) {
                String where = lesson.id() + "/" + step.id();
                assertTrue(step.hints().size() >= 1, where + " needs a hint");
                assertTrue(step.mistakes().size() >= 1, where + " needs a known mistake for the play-through test");
                assertTrue(step.title().length() <= 60, where + " title is too long for the line above the prompt");
            }
        }
    }

    @Test
    void theBundledCopyIsTheProjectsLessonsFolder() throws Exception {
        LessonLibrary project = LessonLibrary.directory(Path.of("lessons"));
        assertEquals(LessonLibrary.bundled().lessons().stream().map(l -> l.steps().size()).toList(),
                project.lessons().stream().map(l -> l.steps().size()).toList());
    }
}
