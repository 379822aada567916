package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A recorded session judged as the tutor judged it live: each {@link LessonMarker} starts that lesson,
 * and the exchanges after it (up to the next marker) go through a {@link LessonRunner} on a host. A
 * classroom server, which records every student's exchanges anyway, counts lessons this way.
 */
public final class LessonReplay {

    /**
     * One lesson played in a session.
     *
     * @param lessonId   the lesson the marker named
     * @param met        steps done
     * @param counted    steps that count (those the server passed over do not)
     * @param passedOver the steps the server passed over, with what it lacks
     */
    public record Result(String lessonId, int met, int counted, Map<String, String> passedOver) {
        public boolean complete() {
            return met == counted;
        }
    }

    private LessonReplay() {}

    /**
     * @param lessons  the lesson for an id (unknown ids are left out)
     * @param learner  the student's addresses, as the tutor put them into the lesson
     */
    public static List<Result> judge(List<Exchange> session, Function<String, Optional<Lesson>> lessons, Learner learner) {
        List<Result> out = new ArrayList<>();
        Optional<LessonRunner> runner = Optional.empty();
        Progress progress = Progress.empty();
        for (Exchange exchange : session) {
            Optional<String> marked = LessonMarker.lessonOf(exchange);
            if (marked.isPresent()) {
                runner.ifPresent(r -> out.add(result(r, progress)));
                runner = lessons.apply(marked.get()).map(l -> new LessonRunner(learner.apply(l), progress,
                        ScenarioSource.NONE, Deliveries.NONE, Clock.systemUTC(), LessonRunner.Venue.HOST));
                runner.ifPresent(LessonRunner::begin);
                continue;
            }
            runner.ifPresent(r -> r.observe(exchange));
        }
        runner.ifPresent(r -> out.add(result(r, progress)));
        return out;
    }

    private static Result result(LessonRunner runner, Progress progress) {
        Lesson lesson = runner.lesson();
        Map<String, String> passed = runner.passedOver();
        int met = (int) lesson.steps().stream().filter(s -> progress.step(lesson.id(), s.id())
                .filter(r -> r.status() == StepRecord.Status.DONE).isPresent()).count();
        int counted = (int) lesson.steps().stream().filter(s -> !passed.containsKey(s.id())).count();
        runner.close();
        return new Result(lesson.id(), met, counted, passed);
    }
}
