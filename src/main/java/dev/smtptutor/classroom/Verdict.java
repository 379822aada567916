package dev.smtptutor.classroom;

import java.util.List;

/**
 * Whether one criterion was met by an attempt, and the evidence: the entries (with their time) that
 * met it, or the first one that broke it. Empty evidence when nothing in the session bears on it.
 */
public record Verdict(boolean met, List<Entry> evidence) {

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    static Verdict met(Entry... evidence) {
        return new Verdict(true, List.of(evidence));
    }

    static Verdict met(List<Entry> evidence) {
        return new Verdict(true, evidence);
    }

    static Verdict missed(Entry... evidence) {
        return new Verdict(false, List.of(evidence));
    }
}
