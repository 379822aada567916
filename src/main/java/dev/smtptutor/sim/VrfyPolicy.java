package dev.smtptutor.sim;

/** How the simulator answers VRFY and EXPN (RFC 5321 §3.5, §7.3). */
public enum VrfyPolicy {
    /** 252: "cannot verify, but will accept and try": what most servers say, to hide their users. */
    CANNOT_VERIFY,
    /** Answer truthfully from the user and list tables: what VRFY was designed for. */
    ANSWER,
    /** 502: the command is switched off. */
    DISABLED
}
