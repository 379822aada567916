package dev.smtptutor.client;

/**
 * A connection problem told to a learner: what happened, what it means, what to try.
 *
 * @param happened one sentence: what happened
 * @param meaning  what it means, in SMTP and network terms
 * @param tryThis  what to do about it
 */
public record ProblemExplanation(String happened, String meaning, String tryThis) {

    @Override
    public String toString() {
        return happened + "\n" + meaning + "\n" + tryThis;
    }
}
