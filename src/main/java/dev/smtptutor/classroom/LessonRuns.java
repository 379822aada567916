package dev.smtptutor.classroom;

import dev.smtptutor.lesson.Learner;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonReplay;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SmtpState;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lessons a student ran against the classroom server, counted from their transcripts: the tutor
 * marks a lesson's start with {@code NOOP smtp-tutor lesson ID} (RFC 5321 §4.1.1.9), and
 * {@link LessonReplay} judges what follows as the tutor did live, with the student's own address in
 * place of alice's and the class mailbox bob as the recipient. Per lesson the best run counts.
 */
public final class LessonRuns {

    private final LessonLibrary library;

    public LessonRuns(LessonLibrary library) {
        this.library = library;
    }

    /** The bundled lessons; a class without them (a broken build) counts no lessons rather than failing. */
    public static LessonRuns bundled() {
        return Bundled.RUNS;
    }

    /** Read once: the bundled lessons never change while the program runs. */
    private static final class Bundled {
        static final LessonRuns RUNS = load();

        private static LessonRuns load() {
            try {
                return new LessonRuns(LessonLibrary.bundled());
            } catch (IOException | RuntimeException e) {
                return new LessonRuns(null);
            }
        }
    }

    /** The lessons of every numbered column, in order (stable columns for a gradebook import). */
    public List<Lesson> lessons() {
        return library == null ? List.of() : library.lessons();
    }

    /** The best run of each lesson over these sessions, by lesson id. */
    public Map<String, LessonReplay.Result> best(String student, Collection<List<Entry>> sessions) {
        Map<String, LessonReplay.Result> best = new TreeMap<>();
        for (List<Entry> session : sessions) {
            merge(best, of(student, session));
        }
        return best;
    }

    /** The runs in one session. */
    public List<LessonReplay.Result> of(String student, List<Entry> session) {
        if (library == null) {
            return List.of();
        }
        List<Exchange> exchanges = exchanges(session);
        Learner learner = new Learner(student + "@" + ClassroomServer.DOMAIN, "bob@" + ClassroomServer.DOMAIN,
                Optional.of(student));
        return LessonReplay.judge(exchanges, id -> library.lessons().stream().filter(l -> l.id().equals(id)).findFirst(),
                learner);
    }

    static void merge(Map<String, LessonReplay.Result> best, List<LessonReplay.Result> runs) {
        for (LessonReplay.Result run : runs) {
            best.merge(run.lessonId(), run, (a, b) -> b.met() > a.met() ? b : a);
        }
    }

    /**
     * The transcript as the exchanges the tutor's client recorded: the server writes each line of message
     * text as it comes, the client one {@link Exchange.Kind#MESSAGE} with every line and the final dot's reply.
     */
    static List<Exchange> exchanges(List<Entry> session) {
        List<Exchange> out = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Entry entry : session) {
            if (entry.is(Entry.MESSAGE_TEXT)) {
                text.addAll(entry.sent() == null ? List.of("") : entry.sent());
                if (entry.reply() == null) {
                    continue;
                }
                Entry whole = new Entry(entry.at(), "message", List.copyOf(text), entry.reply(), entry.code(),
                        entry.before(), entry.after(), entry.tls(), entry.mechanism(), entry.identity(), null, null, null, null);
                text.clear();
                exchange(whole).ifPresent(out::add);
                continue;
            }
            exchange(entry).ifPresent(out::add);
        }
        return out;
    }

    /** A transcript line back as the exchange it recorded; events (open, id, msg, close) are none. */
    static Optional<Exchange> exchange(Entry entry) {
        Exchange.Kind kind;
        try {
            kind = Exchange.Kind.valueOf(entry.kind().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException event) {
            return Optional.empty();
        }
        try {
            List<String> sent = entry.sent() == null ? List.of() : entry.sent();
            var reply = entry.reply() == null ? Optional.<dev.smtptutor.protocol.Reply>empty()
                    : ReplyParser.parseAll(String.join("\r\n", entry.reply())).replies().stream().findFirst();
            SmtpState before = entry.before() == null ? SmtpState.values()[0] : SmtpState.valueOf(entry.before());
            SmtpState after = entry.after() == null ? before : SmtpState.valueOf(entry.after());
            Exchange.Auth auth = new Exchange.Auth(entry.identity() != null, Optional.ofNullable(entry.mechanism()),
                    Optional.ofNullable(entry.identity()));
            Optional<dev.smtptutor.protocol.Command> command = kind == Exchange.Kind.COMMAND && !sent.isEmpty()
                    ? Exchange.parsed(sent.get(0)) : Optional.empty();
            return Optional.of(new Exchange(kind, sent, command, reply, before, after, entry.inTls(), auth,
                    Instant.parse(entry.at()), Optional.empty()));
        } catch (RuntimeException damaged) {
            return Optional.empty(); // a damaged line is not data
        }
    }
}
