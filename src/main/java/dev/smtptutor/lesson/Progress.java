package dev.smtptutor.lesson;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's record: for each lesson (by id) and each of its steps (by id), a {@link StepRecord}.
 * Kept by id, not by position, so a lesson that gains a step keeps the progress of the others.
 */
public final class Progress {

    static final int FORMAT_VERSION = 1;

    private final Map<String, Map<String, StepRecord>> lessons = new LinkedHashMap<>();

    public static Progress empty() {
        return new Progress();
    }

    public synchronized Optional<StepRecord> step(String lesson, String step) {
        return Optional.ofNullable(lessons.getOrDefault(lesson, Map.of()).get(step));
    }

    public synchronized Map<String, StepRecord> lesson(String lesson) {
        return Map.copyOf(lessons.getOrDefault(lesson, Map.of()));
    }

    synchronized void put(String lesson, String step, StepRecord record) {
        lessons.computeIfAbsent(lesson, l -> new LinkedHashMap<>()).put(step, record);
    }

    synchronized void forget(String lesson) {
        lessons.remove(lesson);
    }

    public synchronized boolean isEmpty() {
        return lessons.isEmpty();
    }

    public synchronized void clear() {
        lessons.clear();
    }

    /** Takes in another record (an import): a step keeps whichever record got further. */
    public synchronized int mergeFrom(Progress other) {
        int taken = 0;
        for (Map.Entry<String, Map<String, StepRecord>> lesson : other.snapshot().entrySet()) {
            for (Map.Entry<String, StepRecord> step : lesson.getValue().entrySet()) {
                Optional<StepRecord> mine = step(lesson.getKey(), step.getKey());
                if (mine.isEmpty() || step.getValue().status().rank() > mine.get().status().rank()) {
                    put(lesson.getKey(), step.getKey(), step.getValue());
                    taken++;
                }
            }
        }
        return taken;
    }

    /**
     * Takes in what another writer (a second shell on the same home) changed since {@code base}, the
     * record as this one last read or wrote it: a step whose record on disk differs from base. Steps
     * the other left alone keep this record's value, even a lower one (a lesson restarted here).
     */
    synchronized void mergeChanges(Progress disk, Progress base) {
        for (Map.Entry<String, Map<String, StepRecord>> lesson : disk.snapshot().entrySet()) {
            for (Map.Entry<String, StepRecord> step : lesson.getValue().entrySet()) {
                Optional<StepRecord> was = base.step(lesson.getKey(), step.getKey());
                if (was.isPresent() && was.get().equals(step.getValue())) {
                    continue;
                }
                Optional<StepRecord> mine = step(lesson.getKey(), step.getKey());
                if (mine.isEmpty() || mine.equals(was) || step.getValue().status().rank() > mine.get().status().rank()) {
                    put(lesson.getKey(), step.getKey(), step.getValue());
                }
            }
        }
    }

    /** A copy that later changes to this record do not touch. */
    synchronized Progress copy() {
        Progress copy = new Progress();
        snapshot().forEach((lesson, steps) -> steps.forEach((step, record) -> copy.put(lesson, step, record)));
        return copy;
    }

    private synchronized Map<String, Map<String, StepRecord>> snapshot() {
        Map<String, Map<String, StepRecord>> copy = new LinkedHashMap<>();
        lessons.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        return copy;
    }

    public synchronized String toJson() {
        Map<String, Json> lessonFields = new LinkedHashMap<>();
        lessons.forEach((lesson, steps) -> {
            Map<String, Json> stepFields = new LinkedHashMap<>();
            steps.forEach((step, r) -> stepFields.put(step, Json.Obj.of(
                    "status", new Json.Str(r.status().name().toLowerCase(Locale.ROOT)),
                    "attempts", Json.Num.of(r.attempts()),
                    "hints", Json.Num.of(r.hints()),
                    "solution_seen", new Json.Bool(r.solutionSeen()),
                    "par", new Json.Bool(r.par()),
                    "seconds", Json.Num.of(r.seconds()))));
            lessonFields.put(lesson, Json.Obj.of("steps", new Json.Obj(stepFields)));
        });
        Map<String, Json> root = new LinkedHashMap<>();
        root.put("format_version", Json.Num.of(FORMAT_VERSION));
        root.put("lessons", new Json.Obj(lessonFields));
        return Json.write(new Json.Obj(root));
    }

    /** Reads a progress file's text; the exception says what is wrong, with the line when it is JSON syntax. */
    public static Progress fromJson(String text) throws Json.Malformed {
        Json root = Json.parse(text);
        Progress progress = new Progress();
        Json.Obj top = object(root, "the file");
        Json version = top.get("format_version").orElseThrow(() -> invalid("format_version is missing"));
        if (!(version instanceof Json.Num n) || n.value().compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
            throw invalid("format_version " + Json.write(version).strip() + " is not one this smtp-tutor reads ("
                    + FORMAT_VERSION + ")");
        }
        Json.Obj lessons = object(top.get("lessons").orElseThrow(() -> invalid("lessons is missing")), "lessons");
        for (Map.Entry<String, Json> lesson : lessons.fields().entrySet()) {
            Json.Obj steps = object(object(lesson.getValue(), lesson.getKey()).get("steps")
                    .orElseThrow(() -> invalid(lesson.getKey() + " has no steps")), lesson.getKey() + ".steps");
            for (Map.Entry<String, Json> step : steps.fields().entrySet()) {
                progress.put(lesson.getKey(), step.getKey(), record(object(step.getValue(), step.getKey()),
                        lesson.getKey() + "." + step.getKey()));
            }
        }
        return progress;
    }

    private static StepRecord record(Json.Obj fields, String where) throws Json.Malformed {
        String status = text(fields, "status", where);
        StepRecord.Status parsed = List.of(StepRecord.Status.values()).stream()
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> invalid(where + ".status '" + status + "' is not started, done or skipped"));
        return new StepRecord(parsed, (int) number(fields, "attempts", where), (int) number(fields, "hints", where),
                flag(fields, "solution_seen", where), flag(fields, "par", where), number(fields, "seconds", where));
    }

    private static Json.Obj object(Json value, String where) throws Json.Malformed {
        if (value instanceof Json.Obj obj) {
            return obj;
        }
        throw invalid(where + " must be an object");
    }

    private static String text(Json.Obj fields, String name, String where) throws Json.Malformed {
        if (fields.get(name).orElse(new Json.Null()) instanceof Json.Str s) {
            return s.value();
        }
        throw invalid(where + "." + name + " must be a text");
    }

    private static long number(Json.Obj fields, String name, String where) throws Json.Malformed {
        Json value = fields.get(name).orElse(Json.Num.of(0));
        if (value instanceof Json.Num n && n.value().signum() >= 0) {
            try {
                return n.value().longValueExact();
            } catch (ArithmeticException notWhole) {
                // reported below
            }
        }
        throw invalid(where + "." + name + " must be a whole number, 0 or more");
    }

    private static boolean flag(Json.Obj fields, String name, String where) throws Json.Malformed {
        Json value = fields.get(name).orElse(new Json.Bool(false));
        if (value instanceof Json.Bool b) {
            return b.value();
        }
        throw invalid(where + "." + name + " must be true or false");
    }

    private static Json.Malformed invalid(String message) {
        return new Json.Malformed(message);
    }
}
