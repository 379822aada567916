package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ProblemExplanation;

/** Shows a connection problem as a teacher would: what happened, what it means, what to try. */
final class ProblemView {

    private ProblemView() {}

    static void show(ShellOutput out, ConnectionException e) {
        ProblemExplanation explanation = e.explanation();
        out.error("!!  " + explanation.happened());
        out.line("    " + explanation.meaning());
        out.hint("    " + Messages.get("problem.try") + " " + explanation.tryThis());
        if (!e.technicalDetail().isBlank()) {
            out.info("    (" + e.technicalDetail() + ")");
        }
    }
}
