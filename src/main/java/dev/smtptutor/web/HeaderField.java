package dev.smtptutor.web;

/** A header field as sent (unfolded) and as a mail program shows it (RFC 2047 decoded). */
public record HeaderField(String name, String value, String decoded) {}
