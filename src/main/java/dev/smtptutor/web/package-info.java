/**
 * The classroom's web side: the class board on the projector ({@code /}), each student's own page
 * ({@code /me}), the JSON API behind them with live updates as server-sent events, and the
 * self-contained HTML grade report. It reads the class through {@link dev.smtptutor.web.ClassView},
 * a small read-only view in plain values, so the pages never depend on how the classroom stores things.
 */
package dev.smtptutor.web;
