package dev.smtptutor.web;

import java.util.Map;

/**
 * One student's row on the board.
 *
 * @param id          the roster id ("s07")
 * @param name        the roster name
 * @param link        connected now, was connected, or never
 * @param smtpState   the SMTP state of their latest session ("GREETED"), "" when never connected
 * @param lastCommand the last command line they sent, AUTH secrets masked; "" when none
 * @param lastReply   the first line of the last reply they got; "" when none
 * @param lastCode    that reply's code, 0 when none
 * @param errors      replies of class 4 or 5 they got
 * @param messages    messages accepted from them
 * @param points      their points over all exercises, as an exact decimal ("7.5")
 * @param marks       per criterion, keyed {@code exercise/criterion}; a missing key means not yet
 */
public record StudentRow(String id, String name, LinkState link, String smtpState, String lastCommand,
                         String lastReply, int lastCode, int errors, int messages, String points,
                         Map<String, Mark> marks) {

    public StudentRow {
        marks = Map.copyOf(marks);
    }

    public Mark mark(String exercise, String criterion) {
        return marks.getOrDefault(exercise + "/" + criterion, Mark.NOT_YET);
    }
}
