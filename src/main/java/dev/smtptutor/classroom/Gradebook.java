package dev.smtptutor.classroom;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Computes grades from a data folder: works while the class runs (it only reads whole lines). */
public final class Gradebook {

    private Gradebook() {}

    public static GradeReport compute(ClassData data, Roster roster, Exercises exercises) throws IOException {
        ExerciseJudge judge = new ExerciseJudge(exercises);
        List<GradeReport.StudentGrade> grades = new ArrayList<>();
        for (Student student : roster.students()) {
            StudentHistory history = StudentHistory.read(data, student.id(), ClassroomServer.DOMAIN);
            List<ExerciseResult> results = judge.results(history.attempts());
            BigDecimal total = results.stream().map(ExerciseResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            grades.add(new GradeReport.StudentGrade(student.id(), student.name(), results, total, history.sessions()));
        }
        return new GradeReport(exercises.all(), grades, Instant.now().toString());
    }
}
