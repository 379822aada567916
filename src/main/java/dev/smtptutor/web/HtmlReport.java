package dev.smtptutor.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code grade --format html}: one self-contained file (its style inline, no script, no external
 * address) with the class table and, per student, the criteria with evidence and each session as
 * a sequence diagram beside its annotated transcript. It prints on A4, a student per page.
 */
public final class HtmlReport {

    private final WebTexts words;
    private final DateTimeFormatter clock;
    private final DateTimeFormatter stamp;

    public HtmlReport(ZoneId zone) {
        this.words = WebTexts.standard();
        this.clock = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        this.stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** The whole report; {@code source} names where the grades came from (the --data folder). */
    public String render(ClassView view, String source, Instant at) {
        List<ExerciseColumn> exercises = view.exercises();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(text("report.title")).append("</title>\n<style>\n")
                .append(PageTemplate.resource("report.css")).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>").append(text("report.title")).append("</h1><p class=\"generated\">")
                .append(Html.escape(words.get("report.generated", "at", stamp.format(at), "data", source)))
                .append("</p></header>\n");
        classTable(out, view, exercises);
        for (StudentRow row : view.students()) {
            view.detail(row.id()).ifPresent(detail -> student(out, detail));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void classTable(StringBuilder out, ClassView view, List<ExerciseColumn> exercises) {
        out.append("<section class=\"class\"><h2>").append(text("report.class")).append("</h2>\n<table class=\"grades\"><thead><tr><th>")
                .append(text("report.column.id")).append("</th><th>").append(text("report.column.name")).append("</th>");
        for (ExerciseColumn exercise : exercises) {
            out.append("<th title=\"").append(Html.escape(exercise.title())).append("\">")
                    .append(Html.escape(exercise.id())).append("</th>");
        }
        out.append("<th>").append(text("report.column.total")).append("</th></tr></thead>\n<tbody>\n");
        for (StudentRow row : view.students()) {
            Optional<StudentDetail> detail = view.detail(row.id());
            out.append("<tr><td><a href=\"#student-").append(Html.escape(row.id())).append("\">")
                    .append(Html.escape(row.id())).append("</a></td><td>").append(Html.escape(row.name())).append("</td>");
            for (ExerciseColumn exercise : exercises) {
                String points = detail.flatMap(d -> d.exercises().stream().filter(e -> e.id().equals(exercise.id())).findFirst())
                        .map(ExerciseResult::points).orElse("0");
                out.append("<td class=\"num\">").append(Html.escape(points)).append("</td>");
            }
            out.append("<td class=\"num total\">").append(Html.escape(row.points())).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private void student(StringBuilder out, StudentDetail detail) {
        StudentRow row = detail.row();
        out.append("<section class=\"student\" id=\"student-").append(Html.escape(row.id())).append("\">\n<h2>")
                .append(Html.escape(words.get("report.student", "id", row.id(), "name", row.name())))
                .append(" <span class=\"points\">").append(Html.escape(words.get("report.student.points", "points", row.points())))
                .append("</span></h2>\n");
        for (ExerciseResult exercise : detail.exercises()) {
            out.append("<div class=\"exercise\"><h3>").append(Html.escape(exercise.id() + " · " + exercise.title()))
                    .append(" <span class=\"points\">").append(Html.escape(exercise.points() + " / " + exercise.maxPoints()))
                    .append("</span></h3><ul class=\"criteria\">");
            for (CriterionResult criterion : exercise.criteria()) {
                out.append("<li class=\"").append(criterion.mark().name()).append("\"><span class=\"mark\">")
                        .append(text(markKey(criterion.mark()))).append("</span> ").append(Html.escape(criterion.label()));
                if (!criterion.evidence().isEmpty()) {
                    out.append("<ul class=\"evidence\">");
                    for (Evidence evidence : criterion.evidence()) {
                        out.append("<li><time>").append(clock.format(evidence.at())).append("</time> <code>")
                                .append(Html.escape(evidence.line())).append("</code></li>");
                    }
                    out.append("</ul>");
                }
                out.append("</li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("<h3>").append(text("report.sessions")).append("</h3>\n");
        if (detail.sessions().isEmpty()) {
            out.append("<p class=\"none\">").append(text("report.no-sessions")).append("</p>\n");
        }
        for (SessionLog session : detail.sessions()) {
            out.append("<div class=\"session\"><h4>")
                    .append(Html.escape(words.get("report.session", "id", session.id(), "at", stamp.format(session.started()))))
                    .append("</h4>\n");
            new SequenceDiagram(words, clock).render(out, row.id(), session);
            transcript(out, session);
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private void transcript(StringBuilder out, SessionLog session) {
        out.append("<table class=\"transcript\"><caption>").append(text("report.transcript")).append("</caption>\n");
        for (TranscriptLine line : session.lines()) {
            out.append("<tr class=\"").append(line.side().name()).append(line.tls() ? " tls" : "").append("\"><td class=\"at\">")
                    .append(clock.format(line.at())).append("</td><td class=\"arrow\">").append(arrow(line))
                    .append("</td><td class=\"wire").append(SequenceDiagram.codeClass(line.code())).append("\">");
            out.append(String.join("<br>", line.lines().stream().map(Html::escape).toList()));
            out.append("</td><td class=\"why\">");
            out.append(String.join("<br>", line.explanation().stream().map(Html::escape).toList()));
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    // The transcript arrows the whole tutor uses: -> sent, <- received, ~> and <~ inside TLS.
    private static String arrow(TranscriptLine line) {
        return switch (line.side()) {
            case CLIENT -> line.tls() ? "~&gt;" : "-&gt;";
            case SERVER -> line.tls() ? "&lt;~" : "&lt;-";
            case EVENT, TLS_START -> "==";
        };
    }

    static String markKey(Mark mark) {
        return switch (mark) {
            case MET -> "report.criterion.met";
            case NOT_YET -> "report.criterion.not-yet";
            case BROKEN -> "report.criterion.broken";
        };
    }

    private String text(String key) {
        return Html.escape(words.get(key));
    }
}
