package dev.smtptutor.protocol;

/**
 * Why a command line does not follow the RFC 5321 §4.1 grammar. Each problem carries the reply a
 * server gives for it, worded as Postfix words it, so the simulator answers and the tutor explains
 * from the same value. The reply text is SMTP and stays as on the wire; the reason a learner reads, in
 * their language, lives in {@code dev/smtptutor/protocol/words.properties} under {@link #key()}.
 */
public enum SyntaxProblem {
    EMPTY_LINE(500, "5.5.2", "Error: bad syntax"),
    EHLO_NEEDS_DOMAIN(501, "5.5.4", "Syntax: EHLO hostname"),
    HELO_NEEDS_DOMAIN(501, "5.5.4", "Syntax: HELO hostname"),
    MAIL_SYNTAX(501, "5.5.4", "Syntax: MAIL FROM:<address>"),
    RCPT_SYNTAX(501, "5.5.4", "Syntax: RCPT TO:<address>"),
    BAD_SENDER_ADDRESS(501, "5.1.7", "Bad sender address syntax"),
    BAD_RECIPIENT_ADDRESS(501, "5.1.3", "Bad recipient address syntax"),
    BAD_PARAMETER_SYNTAX(501, "5.5.4", "Bad parameter syntax"),
    DATA_TAKES_NO_ARGUMENT(501, "5.5.4", "Syntax: DATA"),
    RSET_TAKES_NO_ARGUMENT(501, "5.5.4", "Syntax: RSET"),
    QUIT_TAKES_NO_ARGUMENT(501, "5.5.4", "Syntax: QUIT"),
    STARTTLS_TAKES_NO_ARGUMENT(501, "5.5.4", "Syntax: STARTTLS"),
    VRFY_NEEDS_ARGUMENT(501, "5.5.4", "Syntax: VRFY address"),
    EXPN_NEEDS_ARGUMENT(501, "5.5.4", "Syntax: EXPN list"),
    AUTH_SYNTAX(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]"),
    BDAT_SYNTAX(501, "5.5.4", "Syntax: BDAT size [LAST]");

    private final int code;
    private final String enhanced;
    private final String text;

    SyntaxProblem(int code, String enhanced, String text) {
        this.code = code;
        this.enhanced = enhanced;
        this.text = text;
    }

    public Reply reply() {
        return Reply.of(code, enhanced, text);
    }

    /** The key of the reason a person reads: "syntax.BAD_SENDER_ADDRESS". */
    public String key() {
        return "syntax." + name();
    }
}
