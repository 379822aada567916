package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExercisesTest {

    @Test
    void tenBuiltInExercisesLoadAndExercise1IsTheFirstMessage() {
        Exercises all = Exercises.builtIn();
        assertEquals(10, all.all().size());
        Exercise first = all.number(1).orElseThrow();
        assertEquals(List.of("MAIL FROM your own address", "RCPT TO bob@example.test", "a Subject header",
                "STARTTLS before AUTH"), first.criteria().stream().map(Exercise.Criterion::label).toList());
        assertEquals("ex01", first.column());
    }

    @Test
    void aTeachersExerciseWithMistakesIsReportedFileLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-mine.yaml"), """
                title: Mine
                taks: Send it
                criteria:
                  - header: Subject
                    points: 0.5
                  - order: tls-first
                  - retry-after: 550
                """);
        ClassroomException e = assertThrows(ClassroomException.class, () -> Exercises.directory(dir));
        String file = dir.resolve("01-mine.yaml").toString();
        assertEquals(List.of(
                file + ":2: unknown key 'taks' (did you mean 'task'?)",
                file + ":1: missing key 'task'",
                file + ":6: order is starttls-before-auth or ehlo-after-starttls, not 'tls-first'",
                file + ":7: retry-after is a 4xx code such as 451, not '550'"), e.problems());
    }

    @Test
    void pointsAreExactDecimals(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("02-thirds.yaml"), """
                title: Thirds
                task: Send it
                criteria:
                  - header: Subject
                    points: 0.1
                  - header: From
                    points: 0.2
                """);
        Exercise exercise = Exercises.directory(dir).all().get(0);
        assertEquals(new BigDecimal("0.3"), exercise.points());
        assertEquals("0.3", GradeReport.points(exercise.points()));
    }

    @Test
    void aFileNotNamedNnSlugIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("first.yaml"), "title: x\n");
        ClassroomException e = assertThrows(ClassroomException.class, () -> Exercises.directory(dir));
        assertTrue(e.problems().get(0).endsWith("first.yaml:1: an exercise file is named NN-slug.yaml (two digits, "
                + "a dash, lower-case words), e.g. 01-first-message.yaml"), e.problems().toString());
    }
}
