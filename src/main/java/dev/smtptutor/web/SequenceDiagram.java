package dev.smtptutor.web;

import java.time.format.DateTimeFormatter;

/**
 * One session drawn as a sequence diagram in plain HTML and CSS (no script, no image): the client's
 * lane on the left, the server's on the right, each command an arrow to the right, each reply an
 * arrow back coloured by its class, and a band where TLS starts. Rows break across printed pages.
 */
final class SequenceDiagram {

    private final WebTexts words;
    private final DateTimeFormatter clock;

    SequenceDiagram(WebTexts words, DateTimeFormatter clock) {
        this.words = words;
        this.clock = clock;
    }

    void render(StringBuilder out, String studentId, SessionLog session) {
        out.append("<div class=\"sequence\" role=\"img\"><div class=\"lanes\"><span>")
                .append(Html.escape(words.get("report.lane.client", "id", studentId))).append("</span><span>")
                .append(Html.escape(words.get("report.lane.server"))).append("</span></div>\n");
        for (TranscriptLine line : session.lines()) {
            switch (line.side()) {
                case CLIENT -> step(out, "c2s", line, "");
                case SERVER -> step(out, "s2c", line, codeClass(line.code()));
                case TLS_START -> out.append("<div class=\"tls-start\">")
                        .append(Html.escape(words.get("report.tls"))).append(line.lines().isEmpty() ? ""
                                : " <span class=\"detail\">" + Html.escape(String.join(" ", line.lines())) + "</span>")
                        .append("</div>\n");
                case EVENT -> out.append("<div class=\"event\">").append(Html.escape(String.join(" ", line.lines())))
                        .append("</div>\n");
            }
        }
        out.append("</div>\n");
    }

    private void step(StringBuilder out, String direction, TranscriptLine line, String code) {
        String first = line.lines().isEmpty() ? "" : line.lines().get(0);
        int more = Math.max(0, line.lines().size() - 1);
        out.append("<div class=\"step ").append(direction).append(code).append(line.tls() ? " tls" : "")
                .append("\"><time>").append(clock.format(line.at())).append("</time><span class=\"label\">")
                .append(Html.escape(first)).append(more > 0 ? " <span class=\"more\">+" + more + "</span>" : "")
                .append("</span></div>\n");
    }

    static String codeClass(int code) {
        return code >= 200 && code < 600 ? " code" + code / 100 : "";
    }
}
