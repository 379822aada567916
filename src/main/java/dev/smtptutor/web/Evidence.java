package dev.smtptutor.web;

import java.time.Instant;

/** A line of a session that counts as evidence, with when it happened. */
public record Evidence(Instant at, String line) {}
