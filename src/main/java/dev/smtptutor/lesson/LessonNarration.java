package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.explain.Cause;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words the lesson events for a person: the step's prose, what a step waits for, why the server answered
 * as it did. Lines carry a tone; the shell picks the colours.
 */
public final class LessonNarration {

    /** How a line should look. */
    public enum Tone { HEADING, TEXT, GOOD, NOTE, WARN }

    public record Line(Tone tone, String text) {}

    private static final String INDENT = "  ";

    private final Explainer explainer;

    public LessonNarration(Explainer explainer) {
        this.explainer = explainer;
    }

    /** The lesson's title, goal and introduction, shown when it starts. */
    public List<Line> opening(Lesson lesson, boolean scenarioAvailable) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(Tone.HEADING, LessonTexts.get("lesson.heading", Map.of("number", lesson.number(),
                "title", lesson.title()))));
        out.add(new Line(Tone.TEXT, LessonTexts.get("lesson.goal", "goal", lesson.goal())));
        lesson.intro().ifPresent(intro -> prose(intro, out));
        if (!scenarioAvailable) {
            out.add(new Line(Tone.WARN, LessonTexts.get("lesson.scenario-missing", "scenario", lesson.scenario())));
        }
        return out;
    }

    /** The line above the prompt while a step is current. */
    public String note(Lesson lesson, Optional<Step> step, int number) {
        return step.map(s -> LessonTexts.get("lesson.note", Map.of("lesson", lesson.number(), "number", number,
                        "count", lesson.steps().size(), "title", s.title())))
                .orElse(LessonTexts.get("lesson.finished-note", "lesson", lesson.number()));
    }

    /**
     * @param explainReplies whether to say why the server answered as it did; off when the shell explains
     *                       every reply anyway
     */
    public List<Line> event(LessonEvent event, boolean explainReplies) {
        List<Line> out = new ArrayList<>();
        if (event instanceof LessonEvent.StepShown shown) {
            out.add(new Line(Tone.TEXT, ""));
            out.add(new Line(Tone.HEADING, LessonTexts.get("step.heading", Map.of("number", shown.number(),
                    "count", shown.lesson().steps().size()))));
            prose(shown.step().text(), out);
            // On a host the step's on_host check stands in for the simulator's, and it says why.
            shown.step().onHost().filter(h -> h.expect() == shown.step().expect()).ifPresent(h ->
                    out.add(new Line(Tone.NOTE, LessonTexts.get("step.on-host", "note", h.note()))));
        } else if (event instanceof LessonEvent.Adapted adapted) {
            out.add(new Line(Tone.NOTE, LessonTexts.get(adapted.key(), adapted.values())));
        } else if (event instanceof LessonEvent.StepPassedOver over) {
            out.add(new Line(Tone.TEXT, ""));
            out.add(new Line(Tone.HEADING, LessonTexts.get("step.heading", Map.of("number", over.number(),
                    "count", over.lesson().steps().size()))));
            prose(over.step().text(), out);
            out.add(new Line(Tone.WARN, LessonTexts.get("step.passed-over.host", Map.of("title", over.step().title(),
                    "requirement", LessonTexts.get("requirement." + over.requirement())))));
        } else if (event instanceof LessonEvent.StepDone done) {
            out.add(new Line(Tone.GOOD, done(done)));
            prose(done.step().explain(), out);
        } else if (event instanceof LessonEvent.NotYet notYet) {
            miss(notYet.step(), notYet.miss(), explainReplies, out);
        } else if (event instanceof LessonEvent.Finished finished) {
            out.add(new Line(Tone.TEXT, ""));
            String summary = LessonTexts.get("finished", Map.of("number", finished.lesson().number(),
                    "done", finished.done(), "count", finished.lesson().steps().size(), "par", finished.par()));
            out.add(new Line(Tone.GOOD, summary));
        }
        return out;
    }

    private static String done(LessonEvent.StepDone done) {
        Map<String, Object> values = Map.of("title", done.step().title(), "lines", done.lines(), "par", done.step().par());
        return LessonTexts.get(done.par() ? "step.done.par" : "step.done.over-par", values);
    }

    private void miss(Step step, Miss miss, boolean explainReplies, List<Line> out) {
        String expected = expected(step.expect());
        Exchange exchange = miss.exchange();
        String actual = exchange.reply().map(LessonNarration::codes).orElse("-");
        String headline;
        boolean explainReply = true;
        if (miss instanceof Miss.WrongReply) {
            headline = LessonTexts.get("miss.wrong-reply", Map.of("actual", actual,
                    "reply", ((Expectation.Send) step.expect()).reply().describe()));
        } else if (miss instanceof Miss.NotYet) {
            headline = LessonTexts.get("miss.not-yet", Map.of("actual", actual, "expected", expected));
        } else if (miss instanceof Miss.DeliveredOther other) {
            List<String> found = other.differences().stream()
                    .map(d -> LessonTexts.get(d.key(), "found", d.found())).toList();
            headline = LessonTexts.get("miss.delivered-other", Map.of("differences", String.join(", ", found),
                    "expected", expected));
            explainReply = false;
        } else if (miss instanceof Miss.OtherMechanism other) {
            headline = LessonTexts.get("miss.other-mechanism", Map.of("used", other.used(), "expected", expected));
            explainReply = false;
        } else {
            headline = LessonTexts.get("miss.other-line", "expected", expected);
            explainReply = exchange.reply().filter(r -> !r.isPositive()).isPresent();
        }
        out.add(new Line(Tone.NOTE, headline));
        known(miss).ifPresent(m -> out.add(new Line(Tone.TEXT, INDENT + m.why())));
        if (explainReplies && explainReply && exchange.reply().isPresent()) {
            Reply reply = exchange.reply().get();
            Explanation explanation = explainer.explain(reply, context(exchange));
            out.add(new Line(Tone.TEXT, INDENT + LessonTexts.get("miss.why", Map.of("code", codes(reply),
                    "summary", explanation.summary()))));
            // The words of the reply may say more than its codes: a blocklist, a DMARC policy, basic AUTH off.
            explanation.cause().filter(Cause::fromWords).ifPresent(cause -> out.add(new Line(Tone.TEXT,
                    INDENT + LessonTexts.get("miss.cause", "cause", cause.words()))));
        }
        out.add(new Line(Tone.NOTE, INDENT + LessonTexts.get("miss.help")));
    }

    private static Optional<Mistake> known(Miss miss) {
        if (miss instanceof Miss.OtherLine other) {
            return other.known();
        }
        if (miss instanceof Miss.WrongReply wrong) {
            return wrong.known();
        }
        if (miss instanceof Miss.NotYet notYet) {
            return notYet.known();
        }
        return Optional.empty();
    }

    /** "550 5.1.1", or "354" for a reply without an enhanced code. */
    private static String codes(Reply reply) {
        return reply.code() + reply.enhanced().map(e -> " " + e).orElse("");
    }

    private static ReplyContext context(Exchange exchange) {
        ReplyContext context = switch (exchange.kind()) {
            case COMMAND -> ReplyContext.afterLine(StepJudge.sentLine(exchange), exchange.before());
            case MESSAGE, MESSAGE_TEXT -> ReplyContext.endOfData();
            default -> ReplyContext.none();
        };
        return context.withTls(exchange.tls());
    }

    /** What a step waits for, in a phrase: "EHLO * (* stands for anything) answered 250". */
    public static String expected(Expectation expect) {
        if (expect instanceof Expectation.Send send) {
            String line;
            if (send.line() instanceof LinePattern.CommandLine command) {
                String pattern = command.pattern().text();
                line = LessonTexts.get(pattern.contains("*") ? "expect.command.wildcard" : "expect.command",
                        "pattern", pattern);
            } else if (send.line() instanceof LinePattern.EndOfMessage) {
                line = LessonTexts.get("expect.end-of-message");
            } else {
                line = LessonTexts.get("expect.answer");
            }
            String reply = send.reply().describe();
            if (!reply.isEmpty()) {
                line += LessonTexts.get("expect.reply", "reply", reply);
            }
            return line + send.reply().tls().map(t -> LessonTexts.get(t ? "expect.tls" : "expect.no-tls")).orElse("");
        }
        if (expect instanceof Expectation.Delivered delivered) {
            return LessonTexts.get("expect.delivered", "parts", deliveredParts(delivered.message()));
        }
        Expectation.Authenticated auth = (Expectation.Authenticated) expect;
        return auth.mechanism().map(m -> LessonTexts.get("expect.authenticated.mechanism", "mechanism", m))
                .orElse(LessonTexts.get("expect.authenticated"));
    }

    /** "from <a> to <b>, with a Subject: header, without a Bcc: header": the envelope, then the content. */
    private static String deliveredParts(DeliveryCheck check) {
        List<String> envelope = new ArrayList<>();
        check.from().ifPresent(f -> envelope.add(LessonTexts.get("expect.delivered.from", "sender", "<" + f + ">")));
        if (!check.to().isEmpty()) {
            envelope.add(LessonTexts.get("expect.delivered.to", "recipients",
                    String.join(", ", check.to().stream().map(t -> "<" + t + ">").toList())));
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.join(" ", envelope));
        check.hasHeaders().forEach(h -> parts.add(LessonTexts.get("expect.delivered.has-header", "header", h)));
        check.lacksHeaders().forEach(h -> parts.add(LessonTexts.get("expect.delivered.lacks-header", "header", h)));
        check.hasLines().forEach(l -> parts.add(LessonTexts.get("expect.delivered.has-line", "line", l)));
        return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** The lesson's prose, indented, line by line as the author broke it. */
    private static void prose(String text, List<Line> out) {
        text.strip().lines().forEach(line -> out.add(new Line(Tone.TEXT, line.isBlank() ? "" : INDENT + line)));
    }
}
