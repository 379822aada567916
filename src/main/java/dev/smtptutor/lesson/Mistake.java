package dev.smtptutor.lesson;

/**
 * A line learners often type at a step, and what to tell them when they do. The curriculum's tests type
 * each step's first mistake to prove the step refuses it.
 *
 * @param line the line as a learner would type it
 * @param why  why it is not what the step wants, in the learner's terms
 */
public record Mistake(String line, String why) {}
