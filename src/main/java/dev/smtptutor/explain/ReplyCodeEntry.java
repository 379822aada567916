package dev.smtptutor.explain;

/**
 * One basic reply code of the reference.
 *
 * @param code    e.g. 550
 * @param meaning the standard's own wording (RFC 5321 section 4.2.3, or the extension's RFC)
 * @param source  where the wording comes from; extension codes start with "EXTENSION"
 */
public record ReplyCodeEntry(int code, String meaning, String source) {

    /** True for codes defined by an extension (AUTH, STARTTLS, ETRN, RFC 7504...), not by RFC 5321 itself. */
    public boolean extension() {
        return source.startsWith("EXTENSION");
    }
}
