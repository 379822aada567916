package dev.smtptutor.shell;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.classroom.Entry;
import dev.smtptutor.classroom.GradeReport;
import dev.smtptutor.classroom.StudentSnapshot;
import dev.smtptutor.classroom.Words;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the teacher's board shows, as lines: one row per student (connected or not, SMTP state, last
 * command, last reply coloured by its class, errors, messages, points), or one student's live
 * transcript. Pure: no terminal, so it is tested as text.
 */
public final class BoardRows {

    private BoardRows() {}

    public static List<AttributedString> students(List<StudentSnapshot> students, int selected, int width, int height) {
        List<AttributedString> rows = new ArrayList<>();
        rows.add(new AttributedStringBuilder().style(AttributedStyle.BOLD)
                .append(fit(String.format("%-6s %-14s %-4s %-10s %-26s %-30s %4s %4s %6s",
                        "id", Words.get("board.name"), Words.get("board.on"), Words.get("board.state"),
                        Words.get("board.command"), Words.get("board.reply"), Words.get("board.errors"),
                        Words.get("board.messages"), Words.get("board.points")), width)).toAttributedString());
        int room = Math.max(1, height - 2);
        int first = Math.max(0, Math.min(selected - room / 2, students.size() - room));
        for (int i = first; i < Math.min(students.size(), first + room); i++) {
            StudentSnapshot s = students.get(i);
            AttributedStringBuilder row = new AttributedStringBuilder();
            if (i == selected) {
                row.style(AttributedStyle.INVERSE);
            }
            row.append(String.format("%-6s %-14s %-4s %-10s %-26s ", cut(s.id(), 6), cut(UntrustedText.visible(s.name()), 14),
                    s.connected() ? "●" + (s.sessions() > 1 ? s.sessions() : "") : "·", cut(s.state(), 10),
                    cut(UntrustedText.visible(s.lastCommand()), 26)));
            row.style(i == selected ? AttributedStyle.INVERSE : replyStyle(s.lastCode()))
                    .append(String.format("%-30s", cut(UntrustedText.visible(s.lastReply()), 30)));
            row.style(i == selected ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT)
                    .append(String.format(" %4d %4d %6s", s.errors(), s.delivered(), GradeReport.points(s.points())));
            rows.add(row.toAttributedString().columnSubSequence(0, width));
        }
        rows.add(new AttributedString(fit(Words.get("board.keys"), width), AttributedStyle.DEFAULT.faint()));
        return rows;
    }

    public static List<AttributedString> transcript(StudentSnapshot student, List<Entry> entries, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        for (Entry entry : entries) {
            String arrow = entry.inTls() ? "~> " : " -> ";
            if (entry.sent() != null) {
                entry.sent().forEach(l -> lines.add(new AttributedString(fit(arrow + UntrustedText.visible(l), width))));
            }
            if (entry.reply() != null) {
                for (String l : entry.reply()) {
                    lines.add(new AttributedString(fit((entry.inTls() ? "<~  " : "<-  ") + UntrustedText.visible(l), width),
                            replyStyle(entry.replyCode())));
                }
            }
            if (entry.sent() == null && entry.reply() == null) {
                lines.add(new AttributedString(fit("== " + entry.kind() + (entry.text() == null ? "" : " "
                        + UntrustedText.visible(entry.text())), width), AttributedStyle.DEFAULT.faint()));
            }
        }
        int room = Math.max(1, height - 2);
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(fit(Words.get("board.transcript", "id", student.id(),
                "name", UntrustedText.visible(student.name())), width), AttributedStyle.BOLD));
        out.addAll(lines.subList(Math.max(0, lines.size() - room), lines.size()));
        out.add(new AttributedString(fit(Words.get("board.back"), width), AttributedStyle.DEFAULT.faint()));
        return out;
    }

    static AttributedStyle replyStyle(int code) {
        return switch (code / 100) {
            case 2 -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case 3 -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case 4 -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case 5 -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            default -> AttributedStyle.DEFAULT;
        };
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String fit(String text, int width) {
        return cut(text, Math.max(1, width));
    }
}
