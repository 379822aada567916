package dev.smtptutor.lesson;

import java.util.List;

/**
 * One step of a lesson: read the prose, type something, get feedback.
 *
 * @param id        unique in its lesson, used in the progress file
 * @param line      where the step starts in its file
 * @param title     one short line shown above the prompt while the step is current
 * @param text      the prose: what is going on and what to do
 * @param expect    what makes the step done
 * @param hints     ever more specific hints, one per /hint
 * @param explain   what the learner should take away, shown when the step is done
 * @param solution  the lines a learner would type (shown by /solution, never run)
 * @param par       the most lines that still earn the "par" mark
 * @param mistakes  lines learners often get wrong here, with a word on each
 */
public record Step(String id, int line, String title, String text, Expectation expect, List<String> hints,
                   String explain, List<String> solution, int par, List<Mistake> mistakes) {

    public Step {
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        mistakes = List.copyOf(mistakes);
    }
}
