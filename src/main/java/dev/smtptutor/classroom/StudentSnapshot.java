package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.List;

/**
 * One student's row on a board at one moment.
 *
 * @param sessions     sessions open now (0: not connected)
 * @param state        the SMTP state of the latest session ({@code CONNECTED}, {@code GREETED}, …; "" before any)
 * @param lastCommand  the last command sent (AUTH secrets masked, control characters escaped)
 * @param lastReply    the last reply's first line
 * @param lastCode     its code (0: none yet)
 * @param errors       replies 4xx and 5xx so far
 * @param delivered    messages accepted from this student
 * @param points       points over all exercises
 * @param results      per exercise, in exercise order
 */
public record StudentSnapshot(String id, String name, int sessions, String state, String lastCommand,
                              String lastReply, int lastCode, long errors, long delivered, BigDecimal points,
                              List<ExerciseResult> results) {

    public StudentSnapshot {
        results = List.copyOf(results);
    }

    public boolean connected() {
        return sessions > 0;
    }
}
