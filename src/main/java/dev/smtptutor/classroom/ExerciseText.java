package dev.smtptutor.classroom;

/** An exercise in words for a terminal: one line for a list, or the task and criteria in full. */
public final class ExerciseText {

    private ExerciseText() {}

    public static String line(Exercise exercise) {
        return Words.get("exercises.line", "n", String.format("%2d", exercise.number()), "title", exercise.title(),
                "points", GradeReport.points(exercise.points()));
    }

    public static String full(Exercise exercise) {
        StringBuilder out = new StringBuilder();
        out.append(Words.get("exercises.heading", "n", exercise.number(), "title", exercise.title())).append("\n\n");
        out.append(exercise.task().strip()).append("\n\n").append(Words.get("exercises.criteria")).append('\n');
        for (Exercise.Criterion criterion : exercise.criteria()) {
            out.append("  - ").append(criterion.label()).append(" (")
                    .append(points(criterion.points())).append(")\n");
        }
        return out.toString();
    }

    /** The current exercise with each criterion marked met ([x]) or not ([ ]), as the tutor shows it. */
    public static String marked(ExerciseHelp.Current current) {
        Exercise exercise = current.exercise();
        StringBuilder out = new StringBuilder();
        out.append(Words.get("exercises.heading", "n", exercise.number(), "title", exercise.title())).append("\n\n");
        out.append(exercise.task().strip()).append("\n\n").append(Words.get("exercises.criteria")).append('\n');
        for (int i = 0; i < exercise.criteria().size(); i++) {
            out.append(ExerciseHelp.TASK_INDENT).append(current.met().get(i) ? ExerciseHelp.MET : ExerciseHelp.NOT_MET)
                    .append(exercise.criteria().get(i).label())
                    .append('\n');
        }
        return out.toString();
    }

    /** "1 point", "0.5 points", "2 points": exercises.points.one for exactly one, .other otherwise. */
    static String points(java.math.BigDecimal points) {
        return Words.get(points.compareTo(java.math.BigDecimal.ONE) == 0 ? "exercises.points.one" : "exercises.points.other",
                "points", GradeReport.points(points));
    }
}
