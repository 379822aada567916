package dev.smtptutor.lesson;

import java.util.List;
import java.util.Optional;

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
 * @param simulatorOnly true when the step needs the simulator ({@code runs_on: simulator}): passed over on a host
 * @param onHost    what the step asks of a real host instead, where the simulator's answer is its own choice
 */
public record Step(String id, int line, String title, String text, Expectation expect, List<String> hints,
                   String explain, List<String> solution, int par, List<Mistake> mistakes,
                   boolean simulatorOnly, Optional<HostPart> onHost) {

    /**
     * The part of a step for a real host ({@code on_host}): the check any RFC-conforming server passes, a
     * sentence on why it differs from the simulator's, and the lines to type when they differ.
     */
    public record HostPart(Expectation expect, String note, List<String> solution) {
        public HostPart {
            solution = List.copyOf(solution);
        }
    }

    /** The step as it is played on a host: its on_host check and solution when it has them. */
    public Step onAHost() {
        return onHost.map(h -> new Step(id, line, title, text, h.expect(), hints, explain,
                h.solution().isEmpty() ? solution : h.solution(), par, mistakes, simulatorOnly, onHost))
                .orElse(this);
    }

    public Step {
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        mistakes = List.copyOf(mistakes);
    }
}
