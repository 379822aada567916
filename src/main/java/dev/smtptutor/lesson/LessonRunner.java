package dev.smtptutor.lesson;

import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One lesson being played: which step is current, what each exchange with the server means for it, hints
 * and the solution on request. It records everything in the {@link Progress} and reports what happened as
 * {@link LessonEvent}s; it prints nothing and knows no terminal.
 *
 * <p>Exchanges arrive on the thread that talks to the server, commands on the shell's; both are
 * synchronized here.
 */
public final class LessonRunner implements AutoCloseable {

    private static final int MAX_KEPT = 100;

    private final Lesson lesson;
    private final Progress progress;
    private final ScenarioSource scenarios;
    private final Deliveries.Subscription subscription;
    // Messages accepted since the current step began, oldest first; the lesson's own copy.
    private final List<AcceptedMessage> sinceStep = new ArrayList<>();
    private final Clock clock;
    private int index = -1;
    private Instant since;
    private Optional<String> mechanism = Optional.empty();
    private final Venue venue;
    private final SentMessages sent = new SentMessages();
    // What the server offered in its last EHLO reply of this TLS epoch (RFC 3207 §4.2: forgotten at STARTTLS).
    private Optional<EhloResponse> offered = Optional.empty();
    private boolean tls;
    private boolean saidAuthAfterTls;
    private boolean saidNoEnhanced;
    // Steps a host passed over (it lacks what they need), with the reason: not counted against the learner.
    private final Map<String, String> passedOver = new LinkedHashMap<>();

    /** Where a lesson is played. */
    public enum Venue {
        /** The built-in simulator with the lesson's scenario: deliveries seen in its mailbox. */
        SIMULATOR,
        /**
         * Any other server (a real host, a classroom server, a simulator with another scenario): checks on
         * codes any RFC-conforming server may answer, a delivery is the 250 after the final dot, and steps
         * adapt to what the EHLO reply offers.
         */
        HOST
    }

    /**
     * @param deliveries where the runner hears of the messages the server accepts for this learner
     */
    public LessonRunner(Lesson lesson, Progress progress, ScenarioSource scenarios, Deliveries deliveries, Clock clock) {
        this(lesson, progress, scenarios, deliveries, clock, Venue.SIMULATOR);
    }

    /** A runner for this venue: on a host, each step's {@code on_host} part replaces its check. */
    public LessonRunner(Lesson lesson, Progress progress, ScenarioSource scenarios, Deliveries deliveries, Clock clock,
                        Venue venue) {
        this.venue = venue;
        lesson = venue == Venue.HOST ? lesson.withSteps(lesson.steps().stream().map(Step::onAHost).toList()) : lesson;
        this.lesson = lesson;
        this.progress = progress;
        this.scenarios = scenarios;
        this.clock = clock;
        this.since = clock.instant();
        this.subscription = deliveries.subscribe(this::accepted);
    }

    private synchronized void accepted(AcceptedMessage message) {
        // A step needs only its latest few deliveries; a learner who floods the server costs no memory.
        if (sinceStep.size() >= MAX_KEPT) {
            sinceStep.remove(0);
        }
        sinceStep.add(message);
    }

    /** Stops hearing of deliveries: the lesson was left or another one started. */
    @Override
    public void close() {
        subscription.close();
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The current step; empty before {@link #begin()} and once the lesson is finished. */
    public synchronized Optional<Step> current() {
        return index >= 0 && index < lesson.steps().size() ? Optional.of(lesson.steps().get(index)) : Optional.empty();
    }

    /** The current step's number, counting from 1. */
    public synchronized int currentNumber() {
        return index + 1;
    }

    public synchronized boolean finished() {
        return index >= lesson.steps().size();
    }

    /** True when this server passed the step over (it lacks what the step needs). */
    public boolean waiting(Step step) {
        return passedOver.containsKey(step.id());
    }

    public Venue venue() {
        return venue;
    }

    /** The steps this server passed over in this run, by id, with the requirement it lacks. */
    public synchronized Map<String, String> passedOver() {
        return Map.copyOf(passedOver);
    }

    private Optional<String> missingRequirement(Step step) {
        return venue == Venue.HOST && step.simulatorOnly() ? Optional.of("host.simulator") : Optional.empty();
    }

    /**
     * What the server's last EHLO reply says this step cannot have here (RFC 3207, RFC 4954 §3): no
     * STARTTLS, no AUTH even inside TLS, not the mechanism the step names. Only on a host; the simulator's
     * scenarios are written for their lessons.
     */
    private Optional<String> missingOnServer(Step step) {
        if (venue != Venue.HOST || offered.isEmpty()) {
            return Optional.empty();
        }
        EhloResponse ehlo = offered.get();
        boolean startTls = !tls && ehlo.supports("STARTTLS");
        if (wantsPositive(step, Verb.STARTTLS) && !tls && !startTls) {
            return Optional.of("host.no-starttls");
        }
        if (wantsTls(step) && !tls && !startTls) {
            return Optional.of("host.no-tls");
        }
        if (StepJudge.needsLogin(step) && wantsLogin(step)) {
            List<String> mechanisms = ehlo.authMechanisms();
            if (mechanisms.isEmpty()) {
                return startTls ? Optional.empty() : Optional.of("host.no-auth");
            }
            Optional<String> named = mechanismOf(step);
            if (named.isPresent() && !mechanisms.contains(named.get())) {
                return Optional.of("host.no-mechanism");
            }
        }
        return Optional.empty();
    }

    private static boolean wantsPositive(Step step, Verb verb) {
        return step.expect() instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine c
                && c.pattern().verb() == verb && send.reply().code().map(code -> code < 400).orElse(true);
    }

    private static boolean wantsTls(Step step) {
        return step.expect() instanceof Expectation.Send send && send.reply().tls().orElse(false);
    }

    /** A login step, or an AUTH the server must judge as a login (235, 334, 535), not one it refuses outright. */
    private static boolean wantsLogin(Step step) {
        if (!(step.expect() instanceof Expectation.Send send)) {
            return true;
        }
        return send.reply().code().map(c -> c == 235 || c == 334 || c == 535 || c == 2 || c == 3).orElse(true);
    }

    private static Optional<String> mechanismOf(Step step) {
        if (step.expect() instanceof Expectation.Authenticated a) {
            return a.mechanism();
        }
        if (step.expect() instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine c) {
            String first = c.pattern().argument().strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
            return first.isEmpty() || first.contains("*") ? Optional.empty() : Optional.of(first);
        }
        return Optional.empty();
    }

    /**
     * Starts at the first step not yet done or skipped. A lesson finished before starts again from its
     * first step, with a clean record.
     */
    public synchronized List<LessonEvent> begin() {
        List<LessonEvent> events = new ArrayList<>();
        if (complete()) {
            progress.forget(lesson.id());
        }
        advance(0, events);
        return events;
    }

    /** Forgets this lesson's record and starts at step 1. */
    public synchronized List<LessonEvent> restart() {
        progress.forget(lesson.id());
        List<LessonEvent> events = new ArrayList<>();
        advance(0, events);
        return events;
    }

    /** True when nothing is left to do: every step done or skipped. */
    public boolean complete() {
        return LessonStats.of(lesson, progress).complete();
    }

    /** Moves to the first step from {@code from} on that is still to do. */
    private void advance(int from, List<LessonEvent> events) {
        for (int i = from; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            if (progress.step(lesson.id(), step.id()).filter(StepRecord::finished).isPresent()) {
                continue;
            }
            Optional<String> missing = missingRequirement(step).or(() -> missingOnServer(step));
            if (missing.isPresent()) {
                if (venue == Venue.HOST) {
                    passedOver.put(step.id(), missing.get());
                }
                events.add(new LessonEvent.StepPassedOver(lesson, step, i + 1, missing.get()));
                continue;
            }
            index = i;
            since = clock.instant();
            sinceStep.clear();
            update(step, record(step));
            events.add(new LessonEvent.StepShown(lesson, step, i + 1));
            return;
        }
        index = lesson.steps().size();
        events.add(finishedEvent());
    }

    private LessonEvent finishedEvent() {
        int done = 0;
        int par = 0;
        for (Step step : lesson.steps()) {
            Optional<StepRecord> record = progress.step(lesson.id(), step.id());
            if (record.filter(r -> r.status() == StepRecord.Status.DONE).isPresent()) {
                done++;
                par += record.get().par() ? 1 : 0;
            }
        }
        return new LessonEvent.Finished(lesson, done, par);
    }

    /** What an exchange with the server means for the current step. */
    public synchronized List<LessonEvent> observe(Exchange exchange) {
        mechanism = exchange.auth().mechanism().or(() -> mechanism);
        learn(exchange);
        if (venue == Venue.HOST) {
            sent.observe(exchange).ifPresent(this::accepted);
        }
        Optional<Step> step = current();
        if (step.isEmpty() || !counts(exchange)) {
            return List.of();
        }
        StepRecord record = tick(step.get()).attempt();
        update(step.get(), record);
        boolean enhanced = venue != Venue.HOST || offered.map(e -> e.supports("ENHANCEDSTATUSCODES")).orElse(true);
        StepJudge.Verdict verdict = StepJudge.judge(step.get(), exchange, List.copyOf(sinceStep), mechanism, enhanced,
                venue == Venue.HOST);
        List<LessonEvent> events = new ArrayList<>();
        if (!enhanced && !saidNoEnhanced && expectsEnhanced(step.get())
                && exchange.reply().flatMap(Reply::enhanced).isEmpty()) {
            saidNoEnhanced = true;
            events.add(new LessonEvent.Adapted(lesson, step.get(), index + 1, "step.no-enhanced",
                    Map.of("enhanced", ((Expectation.Send) step.get().expect()).reply().enhanced().orElseThrow())));
        }
        if (verdict instanceof StepJudge.Met) {
            boolean par = record.attempts() <= step.get().par();
            update(step.get(), record.done(par));
            events.add(new LessonEvent.StepDone(lesson, step.get(), index + 1, par, record.attempts()));
            advance(index + 1, events);
        } else if (verdict instanceof StepJudge.Missed missed) {
            events.add(new LessonEvent.NotYet(lesson, step.get(), index + 1, missed.miss()));
        }
        adapt(events);
        return events;
    }

    /** What the server offers, from its EHLO replies; STARTTLS starts afresh (RFC 3207 §4.2). */
    private void learn(Exchange exchange) {
        if (exchange.kind() != Exchange.Kind.COMMAND || exchange.reply().isEmpty()) {
            return;
        }
        Reply reply = exchange.reply().get();
        Optional<Verb> verb = exchange.verb();
        if (verb.filter(v -> v == Verb.EHLO).isPresent() && reply.code() == 250) {
            offered = EhloResponse.of(reply);
        } else if (verb.filter(v -> v == Verb.STARTTLS).isPresent() && reply.code() == 220) {
            offered = Optional.empty();
            tls = true;
        }
        tls = tls || exchange.tls();
    }

    /**
     * After an EHLO the current step may turn out impossible on this server: passed over with the reason,
     * or, when AUTH comes only inside TLS, a word that STARTTLS comes first.
     */
    private void adapt(List<LessonEvent> events) {
        Optional<Step> step = current();
        if (step.isEmpty() || venue != Venue.HOST) {
            return;
        }
        Optional<String> missing = missingOnServer(step.get());
        if (missing.isPresent()) {
            update(step.get(), record(step.get()).skipped());
            advance(index, events);
            return;
        }
        boolean authLater = offered.filter(e -> e.authMechanisms().isEmpty() && !tls && e.supports("STARTTLS")).isPresent();
        if (authLater && StepJudge.needsLogin(step.get()) && !saidAuthAfterTls) {
            saidAuthAfterTls = true;
            events.add(new LessonEvent.Adapted(lesson, step.get(), index + 1, "step.auth-after-tls", Map.of()));
        }
    }

    private static boolean expectsEnhanced(Step step) {
        return step.expect() instanceof Expectation.Send send && send.reply().enhanced().isPresent();
    }

    /** Lines the learner sent and the server answered; greetings, unsolicited replies and failures are not theirs. */
    private static boolean counts(Exchange exchange) {
        return exchange.reply().isPresent() && switch (exchange.kind()) {
            case COMMAND, AUTH_RESPONSE, MESSAGE -> true;
            case GREETING, UNSOLICITED, MESSAGE_TEXT -> false;
        };
    }

    /**
     * A hint, the next one each time.
     *
     * @param number counting from 1
     * @param of     how many the step has
     * @param again  true when all were shown already and this is the last one once more
     */
    public record Hint(int number, int of, String text, boolean again) {}

    public synchronized Optional<Hint> hint() {
        Optional<Step> step = current();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> hints = step.get().hints();
        StepRecord record = tick(step.get());
        if (record.hints() >= hints.size()) {
            update(step.get(), record);
            return Optional.of(new Hint(hints.size(), hints.size(), hints.get(hints.size() - 1), true));
        }
        update(step.get(), record.hint());
        return Optional.of(new Hint(record.hints() + 1, hints.size(), hints.get(record.hints()), false));
    }

    /** The reference solution of the current step, shown only when asked; never sent. */
    public synchronized List<String> solution() {
        Optional<Step> step = current();
        step.ifPresent(s -> update(s, tick(s).sawSolution()));
        return step.map(Step::solution).orElse(List.of());
    }

    /** Passes the current step by, as not done. */
    public synchronized List<LessonEvent> skip() {
        Optional<Step> step = current();
        if (step.isEmpty()) {
            return List.of();
        }
        update(step.get(), tick(step.get()).skipped());
        List<LessonEvent> events = new ArrayList<>();
        advance(index + 1, events);
        return events;
    }

    /** Adds the time since the last call to the current step's record (the learner's time on it). */
    public synchronized void pause() {
        current().ifPresent(s -> update(s, tick(s)));
    }

    private StepRecord tick(Step step) {
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(since, now).toSeconds());
        since = since.plusSeconds(seconds);
        return record(step).plusSeconds(seconds);
    }

    private StepRecord record(Step step) {
        return progress.step(lesson.id(), step.id()).orElse(StepRecord.NEW);
    }

    private void update(Step step, StepRecord record) {
        progress.put(lesson.id(), step.id(), record);
    }
}
