package dev.smtptutor.web;

/** Whether a student is on the server now. */
public enum LinkState { CONNECTED, DISCONNECTED, NEVER }
