package dev.smtptutor.explain;

/**
 * One command of the reference, as {@code /ref VERB} shows it.
 *
 * @param command     the command as people name it: "EHLO", "MAIL FROM", "RCPT TO"
 * @param category    session, auth or message
 * @param syntax      e.g. "MAIL FROM:&lt;address&gt;"
 * @param description one line on what it does
 * @param example     a line one can type
 * @param rfc         where the command is defined, e.g. "RFC 5321 section 4.1.1.2"
 */
public record CommandEntry(String command, CommandCategory category, String syntax, String description,
                           String example, String rfc) {

    /** The command word alone, as on the wire: "MAIL" for "MAIL FROM". */
    public String verb() {
        int space = command.indexOf(' ');
        return space < 0 ? command : command.substring(0, space);
    }
}
