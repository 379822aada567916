package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.explain.Explainer;
import java.util.Optional;

/**
 * The report for the teacher to read: the class table, then per student each exercise's criteria with
 * their evidence, and every session's transcript with each reply explained (AUTH secrets were never
 * stored: they read {@code ********}).
 */
public final class GradeMarkdown {

    private GradeMarkdown() {}

    public static String of(GradeReport report) {
        AnnotatedTranscript annotate = new AnnotatedTranscript(Explainer.standard());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Words.get("report.title")).append("\n\n");
        out.append(Words.get("report.made-at", "at", report.madeAt(), "max", GradeReport.points(report.maximum())))
                .append("\n\n");
        out.append("| id | ").append(Words.get("report.name")).append(" |");
        report.exercises().forEach(e -> out.append(' ').append(e.column()).append(" |"));
        out.append(' ').append(Words.get("report.total")).append(" |\n|---|---|");
        report.exercises().forEach(e -> out.append("---|"));
        out.append("---|\n");
        for (GradeReport.StudentGrade student : report.students()) {
            out.append("| ").append(cell(student.id())).append(" | ").append(cell(student.name())).append(" |");
            student.results().forEach(r -> out.append(' ').append(GradeReport.points(r.points())).append(" |"));
            out.append(' ').append(GradeReport.points(student.total())).append(" |\n");
        }
        for (GradeReport.StudentGrade student : report.students()) {
            out.append("\n## ").append(cell(student.id())).append(" · ").append(cell(student.name())).append("\n\n");
            for (ExerciseResult result : student.results()) {
                out.append("### ").append(Words.get("report.exercise", "n", result.exercise().number(),
                        "title", result.exercise().title(), "points", GradeReport.points(result.points()),
                        "of", GradeReport.points(result.exercise().points()))).append("\n\n");
                for (ExerciseResult.CriterionResult criterion : result.criteria()) {
                    out.append("- ").append(criterion.met() ? "[x] " : "[ ] ").append(criterion.label()).append('\n');
                    for (Entry entry : criterion.verdict().evidence()) {
                        out.append("  - `").append(entry.at()).append("` `").append(code(entry.shown())).append("`\n");
                    }
                }
                out.append('\n');
            }
            if (student.sessions().isEmpty()) {
                out.append(Words.get("report.never-connected")).append("\n");
            }
            for (StudentHistory.Session session : student.sessions()) {
                out.append("#### ").append(Words.get("report.session", "file", session.file())).append("\n\n```\n");
                for (Entry entry : session.entries()) {
                    transcriptLine(out, entry, annotate);
                }
                out.append("```\n");
            }
        }
        return out.toString();
    }

    private static void transcriptLine(StringBuilder out, Entry entry, AnnotatedTranscript annotate) {
        String time = entry.at().length() >= 23 ? entry.at().substring(11, 23) : entry.at();
        String arrow = entry.inTls() ? "~>" : " ->";
        if (entry.sent() != null) {
            for (String line : entry.sent()) {
                out.append(time).append(' ').append(arrow).append(' ').append(code(UntrustedText.visible(line))).append('\n');
            }
        }
        if (entry.reply() != null) {
            for (String line : entry.reply()) {
                out.append(time).append(' ').append(entry.inTls() ? "<~ " : "<- ").append(' ')
                        .append(code(UntrustedText.visible(line))).append('\n');
            }
            Optional<String> why = annotate.explain(entry);
            why.ifPresent(text -> out.append("             # ").append(code(UntrustedText.visible(text))).append('\n'));
        }
        if (entry.sent() == null && entry.reply() == null) {
            out.append(time).append(" == ").append(entry.kind());
            if (entry.text() != null) {
                out.append(' ').append(code(UntrustedText.visible(entry.text())));
            }
            if (entry.user() != null) {
                out.append(' ').append(code(UntrustedText.visible(entry.user())));
            }
            out.append('\n');
        }
    }

    /** Text inside a fenced or inline code block cannot end it early. */
    private static String code(String text) {
        return text.replace("`", "'");
    }

    /** A table cell: a pipe would start a new column, a line end a new row. */
    private static String cell(String text) {
        return UntrustedText.visible(text).replace("|", "\\|");
    }
}
