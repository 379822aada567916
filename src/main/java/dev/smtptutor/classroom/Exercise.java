package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.List;

/**
 * One exercise: its number and slug (from {@code NN-slug.yaml}), the task in words, and the criteria
 * it is graded by. Points are exact decimals.
 */
public record Exercise(int number, String slug, String title, String task, List<Criterion> criteria) {

    /** One criterion and what meeting it is worth. */
    public record Criterion(Check check, BigDecimal points) {
        public String label() {
            return check.label();
        }

        /** The label in English, for feedback in an SMTP reply. */
        String wireLabel() {
            return check.label(dev.smtptutor.text.Language.EN);
        }
    }

    public Exercise {
        criteria = List.copyOf(criteria);
    }

    public BigDecimal points() {
        return criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The column name in grade reports: {@code ex01}. */
    public String column() {
        return String.format("ex%02d", number);
    }
}
