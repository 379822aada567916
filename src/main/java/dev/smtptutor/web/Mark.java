package dev.smtptutor.web;

/** Where a student stands on one criterion. */
public enum Mark {
    /** The server saw what the criterion asks for. */
    MET,
    /** Not seen yet: the student can still do it. */
    NOT_YET,
    /** The student did something the criterion forbids (a 5xx, AUTH before STARTTLS, ...). */
    BROKEN
}
