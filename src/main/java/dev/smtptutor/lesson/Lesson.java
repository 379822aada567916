package dev.smtptutor.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A lesson as loaded from its file and validated: immutable, complete, ready to run.
 *
 * @param id       the file name without ".yaml", e.g. "03-envelope"; the key of its progress
 * @param number   the NN of the file name
 * @param file     the file as the teacher knows it, for messages
 * @param title    a few words
 * @param goal     what the learner can do afterwards, in a sentence
 * @param scenario the simulator scenario it runs on
 * @param intro    prose shown before the first step
 * @param steps    at least one
 * @param runsOn   where it can be played: the simulator only, or any host
 */
public record Lesson(String id, int number, String file, String title, String goal, String scenario,
                     Optional<String> intro, List<Step> steps, RunsOn runsOn) {

    /** Where a lesson can be played ({@code runs_on} in its file). */
    public enum RunsOn {
        /** It needs the simulator: a scenario, or its mailbox. */
        SIMULATOR,
        /** Any RFC-conforming server: the built-in simulator, a real host, a classroom server. */
        ANY
    }

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** The same lesson with other steps (the learner's addresses put in). */
    public Lesson withSteps(List<Step> others) {
        return new Lesson(id, number, file, title, goal, scenario, intro, others, runsOn);
    }

    public int indexOf(Step step) {
        return steps.indexOf(step);
    }
}
