package dev.smtptutor.classroom;

import dev.smtptutor.lesson.LessonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A set of exercises in number order: the built-in ones, or a teacher's folder. */
public final class Exercises {

    public static final String BUNDLED = "lessons/exercises";

    private final List<Exercise> all;

    private Exercises(List<Exercise> all) {
        this.all = List.copyOf(all);
    }

    public static Exercises builtIn() {
        try {
            return of(LessonFiles.bundled(BUNDLED));
        } catch (IOException | ClassroomException e) {
            throw new IllegalStateException("the built-in exercises are broken: " + e.getMessage(), e);
        }
    }

    public static Exercises directory(Path folder) throws IOException, ClassroomException {
        List<LessonFiles.SourceFile> files = LessonFiles.directory(folder);
        if (files.isEmpty()) {
            throw new ClassroomException(List.of(Words.get("exercise.none", "dir", folder)));
        }
        return of(files);
    }

    static Exercises of(List<LessonFiles.SourceFile> files) throws ClassroomException {
        List<String> problems = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        for (LessonFiles.SourceFile file : files) {
            try {
                Exercise exercise = ExerciseParser.parse(file.shownAs(), file.fileName(), file.text());
                String first = numbers.putIfAbsent(exercise.number(), file.shownAs());
                if (first != null) {
                    problems.add(file.shownAs() + ":1: " + Words.get("exercise.duplicate-number",
                            "number", exercise.number(), "first", first, "second", file.shownAs()));
                } else {
                    exercises.add(exercise);
                }
            } catch (ClassroomException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException(problems);
        }
        exercises.sort(java.util.Comparator.comparingInt(Exercise::number));
        return new Exercises(exercises);
    }

    public List<Exercise> all() {
        return all;
    }

    public Optional<Exercise> number(int n) {
        return all.stream().filter(e -> e.number() == n).findFirst();
    }

    public java.math.BigDecimal points() {
        return all.stream().map(Exercise::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
