/**
 * Typed readers of the project's own files, each problem reported as {@code file:line: message} in the
 * same words everywhere: YAML ({@link dev.smtptutor.files.YamlFile} composes a document with its line
 * numbers, {@link dev.smtptutor.files.YamlMap} reads one mapping of it) for scenarios, lessons and
 * exercises, and CSV ({@link dev.smtptutor.files.CsvFile}, RFC 4180) for class rosters. Problems are
 * collected in {@link dev.smtptutor.files.FileProblems}, so one pass reports all of a file's mistakes.
 * The readers' own words live in {@code problems.properties} beside these classes.
 *
 * <p>Imports nothing of ours but {@code text} (for "did you mean ...?").
 */
package dev.smtptutor.files;
