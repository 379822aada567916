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
 */
public record Lesson(String id, int number, String file, String title, String goal, String scenario,
                     Optional<String> intro, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public int indexOf(Step step) {
        return steps.indexOf(step);
    }
}
