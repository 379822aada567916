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
        Map<String, Object> lessonFields = new LinkedHashMap<>();
        lessons.forEach((lesson, steps) -> {
            Map<String, Object> stepFields = new LinkedHashMap<>();
            steps.forEach((step, r) -> {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("status", r.status().name().toLowerCase(Locale.ROOT));
                record.put("attempts", r.attempts());
                record.put("hints", r.hints());
                record.put("solution_seen", r.solutionSeen());
                record.put("par", r.par());
                record.put("seconds", r.seconds());
                stepFields.put(step, record);
            });
            lessonFields.put(lesson, Map.of("steps", stepFields));
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", FORMAT_VERSION);
        root.put("lessons", lessonFields);
        return ProgressJson.write(root);
    }

    /** A progress file's text that cannot be read: the message says what is wrong, with the line for JSON syntax. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** Reads a progress file's text; the exception says what is wrong, with the line when it is JSON syntax. */
    public static Progress fromJson(String text) throws Malformed {
        Object root;
        try {
            root = ProgressJson.parse(text);
        } catch (ProgressJson.Malformed e) {
            throw new Malformed(e.getMessage());
        }
        Progress progress = new Progress();
        Map<?, ?> top = object(root, "the file");
        Object version = top.get("format_version");
        if (version == null) {
            throw invalid("format_version is missing");
        }
        if (!(version instanceof Number n) || new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
            throw invalid("format_version " + (version instanceof String t ? '"' + t + '"' : version)
                    + " is not one this smtp-tutor reads (" + FORMAT_VERSION + ")");
        }
        Object lessonsValue = top.get("lessons");
        if (lessonsValue == null) {
            throw invalid("lessons is missing");
        }
        for (Map.Entry<?, ?> lesson : object(lessonsValue, "lessons").entrySet()) {
            String lessonId = String.valueOf(lesson.getKey());
            Object stepsValue = object(lesson.getValue(), lessonId).get("steps");
            if (stepsValue == null) {
                throw invalid(lessonId + " has no steps");
            }
            for (Map.Entry<?, ?> step : object(stepsValue, lessonId + ".steps").entrySet()) {
                String stepId = String.valueOf(step.getKey());
                progress.put(lessonId, stepId, record(object(step.getValue(), stepId), lessonId + "." + stepId));
            }
        }
        return progress;
    }

    private static StepRecord record(Map<?, ?> fields, String where) throws Malformed {
        String status = text(fields, "status", where);
        StepRecord.Status parsed = List.of(StepRecord.Status.values()).stream()
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> invalid(where + ".status '" + status + "' is not started, done or skipped"));
        return new StepRecord(parsed, (int) number(fields, "attempts", where), (int) number(fields, "hints", where),
                flag(fields, "solution_seen", where), flag(fields, "par", where), number(fields, "seconds", where));
    }

    private static Map<?, ?> object(Object value, String where) throws Malformed {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(where + " must be an object");
    }

    private static String text(Map<?, ?> fields, String name, String where) throws Malformed {
        if (fields.get(name) instanceof String s) {
            return s;
        }
        throw invalid(where + "." + name + " must be a text");
    }

    private static long number(Map<?, ?> fields, String name, String where) throws Malformed {
        Object value = fields.containsKey(name) ? fields.get(name) : Integer.valueOf(0);
        if (value instanceof Number n) {
            try {
                BigDecimal exact = new BigDecimal(n.toString());
                if (exact.signum() >= 0) {
                    return exact.longValueExact();
                }
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // reported below
            }
        }
        throw invalid(where + "." + name + " must be a whole number, 0 or more");
    }

    private static boolean flag(Map<?, ?> fields, String name, String where) throws Malformed {
        Object value = fields.containsKey(name) ? fields.get(name) : Boolean.FALSE;
        if (value instanceof Boolean b) {
            return b;
        }
        throw invalid(where + "." + name + " must be true or false");
    }

    private static Malformed invalid(String message) {
        return new Malformed(message);
    }
}
