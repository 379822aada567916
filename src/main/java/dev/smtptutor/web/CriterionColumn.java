package dev.smtptutor.web;

/**
 * One criterion of an exercise, as a column head.
 *
 * @param id    unique within its exercise; the board's cell key is {@code exercise/criterion}
 * @param label what the criterion asks for, in the teacher's words
 */
public record CriterionColumn(String id, String label) {}
