package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The words after the final dot: every exercise a message finished, or its progress on the current one. */
class FeedbackTest {

    private final Exercises exercises = Exercises.builtIn();

    @AfterEach
    void english() {
        Texts.use(Language.EN);
    }

    /** The exercise with every criterion met (complete) or with only the first {@code met} met. */
    private ExerciseResult result(int number, int met) {
        Exercise exercise = exercises.number(number).orElseThrow();
        List<ExerciseResult.CriterionResult> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < exercise.criteria().size(); i++) {
            Exercise.Criterion c = exercise.criteria().get(i);
            boolean done = met < 0 || i < met;
            criteria.add(new ExerciseResult.CriterionResult(c.label(), c.points(), new Verdict(done, List.of())));
        }
        return new ExerciseResult(exercise, java.math.BigDecimal.ZERO, criteria, Optional.of("2026-03-02T09:00:00Z"));
    }

    private List<ExerciseResult> all() {
        return exercises.all().stream().map(e -> result(e.number(), -1)).toList();
    }

    @Test
    void oneFinishedExerciseIsNamedWithItsCount() {
        assertEquals("exercise 6: 3 of 3, complete",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(result(6, -1)), Optional.empty())));
    }

    @Test
    void everyFinishedExerciseIsNamed() {
        assertEquals("exercises 1 and 6 complete",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(result(1, -1), result(6, -1)), Optional.empty())));
        assertEquals("exercises 1, 5 and 10 complete", Feedback.of(new ExerciseJudge.Counted(all(),
                List.of(result(1, -1), result(5, -1), result(10, -1)), Optional.empty())));
    }

    @Test
    void allTenAtOnceStaysFarInsideTheReplyLineLimit() {
        String said = Feedback.of(new ExerciseJudge.Counted(all(), all(), Optional.empty()));
        assertEquals("exercises 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 complete", said);
        // RFC 5321 §4.5.3.1.5: 512 octets with CRLF for the whole reply line.
        assertTrue(("250 2.0.0 Ok: 1048576 bytes queued as 0000000001; " + said + "\r\n").length() <= 512);
    }

    @Test
    void aMessageThatFinishesNoneGetsTheCurrentExercisesProgress() {
        assertEquals("exercise 2: 3 of 4 (missing: no 5xx reply in the session)",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(), Optional.of(result(2, 3)))));
    }

    @Test
    void nothingLeftToDoIsSaid() {
        assertEquals("every exercise is complete already; this message adds nothing",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(), Optional.empty())));
    }

    @Test
    void theWordsOnTheWireStayEnglishInAnyLanguage() {
        Texts.use(Language.ZH);
        assertEquals("exercise 1: 3 of 4 (missing: STARTTLS before AUTH)",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(), Optional.of(result(1, 3)))));
        assertEquals("exercises 1 and 6 complete",
                Feedback.of(new ExerciseJudge.Counted(all(), List.of(result(1, -1), result(6, -1)), Optional.empty())));
    }
}
