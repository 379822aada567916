package dev.smtptutor.lesson;

import dev.smtptutor.protocol.SaslCodec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Who plays a lesson on a real host: their own sender address, an address to write to, and the login
 * they may use. The lessons are written for the simulator's alice and bob at example.test; on a host
 * these stand in for them in every text, hint, solution and check. A password is never part of it:
 * the AUTH lines of a solution become the shell's {@code /auth}, which asks for it hidden.
 *
 * @param from the learner's own address (MAIL FROM), instead of alice@example.test
 * @param to   an address to send to (RCPT TO), instead of bob@example.test; its domain replaces
 *             example.test in other addresses (postmaster@, nobody@)
 * @param user the login name, instead of alice; empty when the learner has none on this host
 */
public record Learner(String from, String to, Optional<String> user) {

    /** The simulator's own learner: the lessons' texts exactly as written. */
    public static final Learner SIMULATOR = new Learner("alice@example.test", "bob@example.test", Optional.of("alice"));

    static final String DOMAIN = "example.test";
    // The simulator's alice/wonderland in the solutions' AUTH lines (RFC 4954 §4, RFC 4616).
    private static final String PLAIN = SaslCodec.plain("alice", "wonderland");
    private static final String LOGIN_USER = SaslCodec.base64("alice");
    private static final String LOGIN_PASSWORD = SaslCodec.base64("wonderland");
    // Lesson 6's wrong password: no secret, so the learner's own login is put in.
    private static final String PLAIN_WRONG = SaslCodec.plain("alice", "wrong");

    public Learner {
        from = from.strip();
        to = to.strip();
        user = user.map(String::strip).filter(u -> !u.isEmpty());
    }

    /** True for the lessons as written (nothing to put in). */
    public boolean asWritten() {
        return equals(SIMULATOR);
    }

    String domain() {
        int at = to.lastIndexOf('@');
        return at >= 0 ? to.substring(at + 1) : DOMAIN;
    }

    /** The lesson with this learner's addresses and login in place of alice's and bob's. */
    public Lesson apply(Lesson lesson) {
        if (asWritten()) {
            return lesson;
        }
        Lesson steps = lesson.withSteps(lesson.steps().stream().map(this::apply).toList());
        return new Lesson(steps.id(), steps.number(), steps.file(), prose(steps.title()), prose(steps.goal()),
                steps.scenario(), steps.intro().map(this::prose), steps.steps(), steps.runsOn());
    }

    private Step apply(Step step) {
        UnaryOperator<String> prose = this::prose;
        return new Step(step.id(), step.line(), prose.apply(step.title()), prose.apply(step.text()),
                expectation(step.expect()), step.hints().stream().map(this::solutionLine).toList(),
                prose.apply(step.explain()), solution(step.solution()), step.par(),
                step.mistakes().stream().map(m -> new Mistake(line(m.line()), prose.apply(m.why()))).toList(),
                step.simulatorOnly(),
                step.onHost().map(h -> new Step.HostPart(expectation(h.expect()), prose.apply(h.note()),
                        solution(h.solution()))));
    }

    /** Addresses first (alice@, bob@, any @example.test), then the login in prose. */
    String line(String text) {
        return text.replace("alice@" + DOMAIN, from).replace("bob@" + DOMAIN, to)
                .replace("@" + DOMAIN, "@" + domain());
    }

    private String prose(String text) {
        String out = line(text);
        String named = user.map(u -> out.replaceAll("(?<![A-Za-z])alice(?![A-Za-z@.])", java.util.regex.Matcher.quoteReplacement(u))).orElse(out);
        return named.replace("wonderland", LessonTexts.get("learner.password"));
    }

    /** A hint or a solution line: the simulator's credentials become words asking for the learner's own. */
    private String solutionLine(String text) {
        String login = user.orElse(LessonTexts.get("learner.user"));
        return prose(text).replace(PLAIN, LessonTexts.get("learner.plain", "user", login))
                .replace(PLAIN_WRONG, SaslCodec.plain(login, "wrong"))
                .replace(LOGIN_PASSWORD, LessonTexts.get("learner.login-password"))
                .replace(LOGIN_USER, SaslCodec.base64(login))
                .replace("wonderland", LessonTexts.get("learner.password"));
    }

    /**
     * A solution: an AUTH PLAIN line with alice's password becomes {@code /auth plain} (the shell asks
     * for the password hidden); AUTH LOGIN with its two answers becomes {@code /auth login}.
     */
    private List<String> solution(List<String> lines) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (upper.startsWith("AUTH PLAIN ") && line.contains(PLAIN)) {
                out.add("/auth plain");
            } else if (upper.equals("AUTH LOGIN") && i + 2 < lines.size() && lines.get(i + 1).strip().equals(LOGIN_USER)) {
                out.add("/auth login");
                i += 2;
            } else {
                out.add(solutionLine(line));
            }
        }
        return out;
    }

    private Expectation expectation(Expectation expect) {
        if (expect instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine command) {
            return new Expectation.Send(new LinePattern.CommandLine(CommandPattern.parse(line(command.pattern().text()))),
                    send.reply());
        }
        if (expect instanceof Expectation.Delivered delivered) {
            DeliveryCheck c = delivered.message();
            return new Expectation.Delivered(new DeliveryCheck(c.from().map(this::line),
                    c.to().stream().map(this::line).toList(), c.hasHeaders(), c.lacksHeaders(),
                    c.hasLines().stream().map(this::line).toList()));
        }
        return expect;
    }
}
