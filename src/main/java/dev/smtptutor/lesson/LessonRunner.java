package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * @param deliveries where the runner hears of the messages the server accepts for this learner
     */
    public LessonRunner(Lesson lesson, Progress progress, ScenarioSource scenarios, Deliveries deliveries, Clock clock) {
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
        Optional<Step> step = current();
        if (step.isEmpty() || !counts(exchange)) {
            return List.of();
        }
        StepRecord record = tick(step.get()).attempt();
        update(step.get(), record);
        StepJudge.Verdict verdict = StepJudge.judge(step.get(), exchange, List.copyOf(sinceStep), mechanism);
        List<LessonEvent> events = new ArrayList<>();
        if (verdict instanceof StepJudge.Met) {
            boolean par = record.attempts() <= step.get().par();
            update(step.get(), record.done(par));
            events.add(new LessonEvent.StepDone(lesson, step.get(), index + 1, par, record.attempts()));
            advance(index + 1, events);
        } else if (verdict instanceof StepJudge.Missed missed) {
            events.add(new LessonEvent.NotYet(lesson, step.get(), index + 1, missed.miss()));
        }
        return events;
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
