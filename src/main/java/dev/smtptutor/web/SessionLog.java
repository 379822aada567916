package dev.smtptutor.web;

import java.time.Instant;
import java.util.List;

/** One SMTP session of a student, line by line. */
public record SessionLog(String id, Instant started, boolean open, List<TranscriptLine> lines) {

    public SessionLog {
        lines = List.copyOf(lines);
    }
}
